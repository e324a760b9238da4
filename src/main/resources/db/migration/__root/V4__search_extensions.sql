-- Extensions are database-wide, so they live here rather than in a module's migrations. Both are trusted
-- extensions: a database owner may create them without superuser rights.
create extension if not exists pg_trgm;       -- trigram similarity: fuzzy matching and suggestions
create extension if not exists fuzzystrmatch; -- levenshtein: correcting typos against the search vocabulary

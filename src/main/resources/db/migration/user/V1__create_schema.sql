-- The user module owns this schema; no other module reads or writes it.
create schema if not exists users;

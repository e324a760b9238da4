-- Keys for machine clients of /api/v1. The key itself is never stored: only its lookup part (shown in
-- lists) and the SHA-256 of the whole key. A revoked key stays, so that using it can be told apart from
-- using a key that never existed. Deleting an account deletes its keys.
create table users.api_key
(
  id           bigint generated always as identity primary key,
  account_id   bigint      not null references users.account (id) on delete cascade,
  name         text        not null,
  scope        text        not null,
  lookup       text        not null,
  secret_hash  bytea       not null,
  created_at   timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at   timestamptz,
  constraint api_key_scope_known check (scope in ('catalog:read', 'customer', 'admin')),
  constraint api_key_name_length check (char_length(name) between 1 and 100),
  constraint api_key_lookup_format check (lookup ~ '^[0-9a-f]{12}$'),
  constraint api_key_hash_length check (octet_length(secret_hash) = 32)
);
create unique index api_key_lookup_uk on users.api_key (lookup);
create index api_key_account_ix on users.api_key (account_id) where revoked_at is null;

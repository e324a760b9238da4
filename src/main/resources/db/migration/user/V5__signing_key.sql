-- Secrets that sign the links the user module mails (email verification, password reset) and the
-- remember-me cookies, when no secret is configured (shop.security.token-secret). Created once by the first
-- node that needs it, so links keep working across restarts and on every node.
create table users.signing_key
(
  name       text primary key,
  secret     bytea       not null check (length(secret) >= 32),
  created_at timestamptz not null default now()
);

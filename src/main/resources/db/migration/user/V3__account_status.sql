-- What the accounts issue needs on every account: a confirmed address, a lock set by an admin, marketing
-- consent, and the moment the credentials last changed (links issued before it stop working).
alter table users.account
  add column email_verified_at      timestamptz,
  add column locked_at              timestamptz,
  add column marketing_opt_in       boolean     not null default false,
  add column credentials_changed_at timestamptz not null default now();

-- Accounts that existed before verification was introduced (the bootstrapped admin) count as confirmed.
update users.account set email_verified_at = created_at where email_verified_at is null;

create table users.account
(
  id            bigint generated always as identity primary key,
  email         text        not null,
  display_name  text        not null,
  password_hash text        not null,
  admin         boolean     not null default false,
  created_at    timestamptz not null default now(),
  constraint account_email_lowercase check (email = lower(email))
);
create unique index account_email_uk on users.account (email);

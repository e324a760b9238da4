-- A customer's address book. At most one default shipping and one default billing address per account.
create table users.address
(
  id               bigint generated always as identity primary key,
  account_id       bigint      not null references users.account (id) on delete cascade,
  full_name        text        not null,
  street           text        not null,
  postcode         text        not null,
  city             text        not null,
  country          char(2)     not null,
  phone            text,
  default_shipping boolean     not null default false,
  default_billing  boolean     not null default false,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  constraint address_country_code check (country ~ '^[A-Z]{2}$')
);
create index address_account_ix on users.address (account_id);
create unique index address_default_shipping_uk on users.address (account_id) where default_shipping;
create unique index address_default_billing_uk on users.address (account_id) where default_billing;

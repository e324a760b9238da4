-- What admins (and key holders) did to accounts: who, what, to whom, when. Written in the transaction of the
-- change itself. No foreign keys: an entry outlives the accounts it names, so it keeps their email addresses.
create table users.audit_entry
(
  id           bigint generated always as identity primary key,
  occurred_at  timestamptz not null default now(),
  actor_id     bigint,
  actor_email  text        not null,
  action       text        not null,
  target_id    bigint,
  target_email text,
  details      text        not null default '',
  constraint audit_entry_action_format check (action ~ '^[a-z][a-z-]{1,39}$')
);
create index audit_entry_occurred_ix on users.audit_entry (occurred_at desc, id desc);
create index audit_entry_target_ix on users.audit_entry (target_id, occurred_at desc, id desc);

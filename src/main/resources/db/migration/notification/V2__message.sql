-- Every message is recorded here before any channel sends it; one row per (template, subject of the event),
-- so an event delivered twice records one message.
create table notification.message
(
  id          bigint generated always as identity primary key,
  dedup_key   text        not null unique,
  recipient   text        not null,
  template    text        not null,
  created_at  timestamptz not null default now()
);
create index message_recipient_idx on notification.message (recipient);

-- Every message is written here first, then sent by the dispatcher: nothing is lost when sending fails or
-- the process dies. dedup_key names the event (and template) a message reports, so an event delivered
-- twice finds its message already here and records nothing new.
create table notification.message
(
  id              bigint generated always as identity primary key,
  dedup_key       text        not null unique,
  channel         text        not null check (channel in ('MAIL', 'SMS')),
  template        text        not null,
  category        text        not null check (category in ('TRANSACTIONAL', 'MARKETING')),
  recipient       text        not null,
  recipient_name  text,
  subject         text,
  body_text       text        not null,
  body_html       text,
  status          text        not null check (status in ('PENDING', 'SENT', 'FAILED', 'REJECTED', 'SKIPPED')),
  attempts        int         not null default 0,
  last_error      text,
  next_attempt_at timestamptz,
  delivered_via   text,
  created_at      timestamptz not null default now(),
  sent_at         timestamptz
);
create index message_due_idx on notification.message (next_attempt_at) where status = 'PENDING';
create index message_recipient_idx on notification.message (lower(recipient));
create index message_created_idx on notification.message (created_at desc, id desc);

-- What each recipient agreed to receive beyond transactional messages (which always go).
create table notification.preference
(
  recipient  text primary key,
  marketing  boolean     not null,
  updated_at timestamptz not null default now()
);

-- ShedLock: a scheduled job takes its row here, so that of several nodes only one runs it at a time.
create table shedlock
(
  name       varchar(64)  not null primary key,
  lock_until timestamptz  not null,
  locked_at  timestamptz  not null,
  locked_by  varchar(255) not null
);

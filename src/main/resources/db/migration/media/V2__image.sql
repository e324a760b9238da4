-- Every stored image, under the SHA-256 of its original bytes (its key). The bytes themselves live in the
-- object store (./data/media by default) as <key>/original and the resized variants <key>/thumbnail, card
-- and large; width and height are the original's, the right way up.
create table media.image
(
  key          text        primary key check (key ~ '^[0-9a-f]{64}$'),
  content_type text        not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
  width        int         not null check (width > 0),
  height       int         not null check (height > 0),
  byte_size    bigint      not null check (byte_size > 0),
  created_at   timestamptz not null default now()
);
create index image_created_idx on media.image (created_at desc);

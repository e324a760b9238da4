-- CSV files uploaded for import, kept between the preview and the admin's confirmation: on the server,
-- under a random token and the uploading admin's name, never trusted back from the browser.
create table catalog.product_import
(
  token       text        primary key,
  owner       text        not null,
  file_name   text        not null,
  content     bytea       not null,
  created_at  timestamptz not null default now()
);
create index product_import_created_idx on catalog.product_import (created_at);

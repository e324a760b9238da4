-- How an uploaded import treats what its file does not name, chosen at upload and kept with the file (never
-- trusted back from the browser): UPDATE leaves other variants and products alone, REPLACE removes them.
alter table catalog.product_import
  add column mode text not null default 'UPDATE' check (mode in ('UPDATE', 'REPLACE'));

-- Units sold per product: the home page's best sellers. Seeded for demo products by the demo generator;
-- the order module's events will feed it.
create table catalog.product_sales
(
  product_id bigint      primary key references catalog.product (id) on delete cascade,
  units_sold bigint      not null default 0 check (units_sold >= 0),
  updated_at timestamptz not null default now()
);
create index product_sales_units_idx on catalog.product_sales (units_sold desc, product_id);

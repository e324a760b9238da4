-- Facet counts of each category's published products (how many in all, in stock, per brand, per price
-- bucket, per attribute value), kept up to date by a trigger in the same transaction as the change. A
-- category's page without words or filters sums the rows of its subtree instead of reading thousands of
-- products on every request (see shop.catalog.Listings).
create table catalog.category_facet
(
  category_id bigint not null references catalog.category (id) on delete cascade,
  kind        text   not null check (kind in ('total', 'stock', 'brand', 'price', 'attribute')),
  key         text   not null default '',
  value       text   not null default '',
  products    int    not null check (products >= 0),
  primary key (category_id, kind, key, value)
);

-- What one product counts towards. The price buckets' edges are those of shop.catalog.ListingQuery.PRICE_EDGES.
create function catalog.facets_of(brand text, price_from numeric, in_stock boolean, attributes jsonb)
  returns table (kind text, key text, value text)
  language sql immutable
as
$$
select 'total', '', ''
union all
select 'stock', '', '' where in_stock
union all
select 'brand', brand, '' where brand <> ''
union all
select 'price', width_bucket(price_from, array [25, 50, 100, 200, 500]::numeric[])::text, '' where price_from is not null
union all
select 'attribute', a.key, a.value from jsonb_each_text(attributes) a
$$;

create function catalog.count_facets() returns trigger
  language plpgsql
as
$$
begin
  if tg_op = 'UPDATE' and (old.status, old.category_id, old.brand, old.price_from, old.in_stock, old.attributes)
      is not distinct from (new.status, new.category_id, new.brand, new.price_from, new.in_stock, new.attributes) then
    return null;
  end if;
  -- one writer per category at a time: concurrent changes lock its counts in one order, never deadlock
  perform pg_advisory_xact_lock(hashtext('catalog.category_facet'), c)
  from (select old.category_id::int as c where tg_op <> 'INSERT' and old.status = 'PUBLISHED'
        union select new.category_id::int where tg_op <> 'DELETE' and new.status = 'PUBLISHED' order by 1) ids;
  if tg_op in ('UPDATE', 'DELETE') and old.status = 'PUBLISHED' then
    update catalog.category_facet f set products = f.products - 1
    from catalog.facets_of(old.brand, old.price_from, old.in_stock, old.attributes) x
    where f.category_id = old.category_id and f.kind = x.kind and f.key = x.key and f.value = x.value;
  end if;
  if tg_op in ('INSERT', 'UPDATE') and new.status = 'PUBLISHED' then
    insert into catalog.category_facet as f (category_id, kind, key, value, products)
    select new.category_id, x.kind, x.key, x.value, 1
    from catalog.facets_of(new.brand, new.price_from, new.in_stock, new.attributes) x
    on conflict (category_id, kind, key, value) do update set products = f.products + 1;
  end if;
  return null;
end
$$;

create trigger product_facets
  after insert or update or delete on catalog.product
  for each row execute function catalog.count_facets();

insert into catalog.category_facet (category_id, kind, key, value, products)
select p.category_id, x.kind, x.key, x.value, count(*)
from catalog.product p, catalog.facets_of(p.brand, p.price_from, p.in_stock, p.attributes) x
where p.status = 'PUBLISHED'
group by 1, 2, 3, 4;

-- New arrivals and a category's newest products walk these from the top and stop after a page: the former
-- index (published_at alone) could not give the tie-breaking order by id, so every request sorted the catalog.
create index product_newest_idx on catalog.product (published_at desc, id desc) where status = 'PUBLISHED';
create index product_category_newest_idx on catalog.product (category_id, published_at desc, id desc)
  where status = 'PUBLISHED';
drop index catalog.product_published_idx;

-- Categories form a tree; path ('/apparel/jackets/') lets a category page find its whole subtree cheaply.
create table catalog.category
(
  id          bigint generated always as identity primary key,
  parent_id   bigint references catalog.category (id),
  slug        text    not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name        text    not null,
  description text    not null default '',
  image_key   text,
  position    int     not null default 0,
  path        text    not null unique
);
create index category_parent_idx on catalog.category (parent_id, position);

create table catalog.product
(
  id              bigint generated always as identity primary key,
  slug            text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name            text        not null,
  brand           text        not null default '',
  description     text        not null default '',
  -- free-form attributes (material, colour, weight...): they differ by category
  attributes      jsonb       not null default '{}' check (jsonb_typeof(attributes) = 'object'),
  category_id     bigint      not null references catalog.category (id),
  status          text        not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
  seo_title       text,
  seo_description text,
  -- lowest variant price, kept here for sorting and price facets
  price_from      numeric(12, 2),
  in_stock        boolean     not null default true,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  published_at    timestamptz,
  search_vector   tsvector generated always as (
      setweight(to_tsvector('english', name), 'A') ||
      setweight(to_tsvector('english', brand), 'B') ||
      setweight(jsonb_to_tsvector('english', attributes, '["string"]'), 'B') ||
      setweight(to_tsvector('english', description), 'C')) stored
);
create index product_search_idx on catalog.product using gin (search_vector);
create index product_name_trgm_idx on catalog.product using gin (name gin_trgm_ops);
create index product_category_idx on catalog.product (category_id, status);
create index product_published_idx on catalog.product (published_at desc) where status = 'PUBLISHED';
create index product_attributes_idx on catalog.product using gin (attributes jsonb_path_ops);

create table catalog.variant
(
  product_id        bigint        not null references catalog.product (id) on delete cascade,
  position          int           not null,
  sku               text          not null unique,
  attributes        jsonb         not null default '{}' check (jsonb_typeof(attributes) = 'object'),
  price             numeric(12, 2) not null check (price >= 0),
  compare_at_price  numeric(12, 2) check (compare_at_price >= 0),
  currency          char(3)       not null,
  in_stock          boolean       not null default true,
  primary key (product_id, position)
);

create table catalog.product_image
(
  product_id bigint not null references catalog.product (id) on delete cascade,
  position   int    not null,
  image_key  text   not null,
  alt        text   not null default '',
  primary key (product_id, position)
);

-- The words shoppers can search for, unstemmed, with how many published products use them: search
-- corrects a misspelt word to the closest one here ("jakcet" → "jacket").
create table catalog.search_word
(
  word      text primary key,
  products  int  not null
);
create index search_word_trgm_idx on catalog.search_word using gin (word gin_trgm_ops);

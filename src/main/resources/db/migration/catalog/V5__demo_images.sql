-- Products the demo generator made, with the picture each should show (its kind and colour). Only these
-- ever get demo pictures; an admin's edit takes a product off this list.
create table catalog.demo_product
(
  product_id bigint primary key references catalog.product (id) on delete cascade,
  subject    text   not null,
  colour     text   not null
);

-- The media module's demo pictures, as announced by its DemoPicturesStored event: a replica kept by
-- catalog, so that products generated later get their pictures at once.
create table catalog.demo_picture
(
  subject   text not null,
  colour    text not null,
  view      int  not null check (view > 0),
  image_key text not null check (image_key ~ '^[0-9a-f]{64}$'),
  primary key (subject, colour, view)
);

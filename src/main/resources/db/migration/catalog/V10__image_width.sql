-- The true widths of the card and large variants of every image the media module stored, as its
-- ImageStored event announced them: a replica kept by catalog so that product pages declare in srcset only
-- widths that exist (a 600 px original has no 1200 px variant). Images stored before this table existed are
-- not in it; their pages declare no srcset and show the large variant.
create table catalog.image_width
(
  image_key text primary key check (image_key ~ '^[0-9a-f]{64}$'),
  card      int  not null check (card > 0),
  large     int  not null check (large > 0)
);

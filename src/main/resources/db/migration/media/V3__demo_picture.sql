-- The pictures this module draws for the demo catalog (DemoPictures): which stored image each one is, and
-- from which version of the drawing, so that a later start finds them here and draws nothing again.
create table media.demo_picture
(
  subject   text not null check (subject ~ '^[a-z]+(-[a-z]+)*$'),
  colour    text not null check (colour ~ '^[a-z]+(-[a-z]+)*$'),
  view      int  not null check (view > 0),
  image_key text not null references media.image (key),
  version   int  not null,
  primary key (subject, colour, view)
);

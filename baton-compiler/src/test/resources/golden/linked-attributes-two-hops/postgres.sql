-- campaign linked-attributes-two-hops, dialect postgres, reference time 2026-06-15T09:30:00Z

-- asian-trips.out (build-audience)
create table "baton_work"."r1_asian-trips_out"
as
select "t"."booking_id" as "bookingId"
from "crm"."bookings" as "t"
  left outer join "crm"."trips" as "j1"
    on "j1"."trip_id" = "t"."trip_id"
  left outer join "crm"."destinations" as "j2"
    on "j2"."destination_id" = "j1"."destination_id"
  left outer join "crm"."recipients" as "j3"
    on "j3"."recipient_id" = "t"."recipient_id"
where (
  "j2"."region" = ?
  and "j1"."category" = ?
  and "j3"."country" = ?
);
-- $1 = 'Asia' (String)
-- $2 = 'beach' (String)
-- $3 = 'FR' (String)

-- wished-japan.out (build-audience)
create table "baton_work"."r1_wished-japan_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where exists (
  select 1 as "one"
  from "crm"."wishlists" as "x1"
    left outer join "crm"."trips" as "j2"
      on "j2"."trip_id" = "x1"."trip_id"
    left outer join "crm"."destinations" as "j3"
      on "j3"."destination_id" = "j2"."destination_id"
  where (
    "x1"."recipient_id" = "t"."recipient_id"
    and "j3"."country" = ?
  )
);
-- $1 = 'JP' (String)

-- unnamed-or-platinum.out (build-audience)
create table "baton_work"."r1_unnamed-or-platinum_out"
as
select "t"."booking_id" as "bookingId"
from "crm"."bookings" as "t"
  left outer join "crm"."trips" as "j1"
    on "j1"."trip_id" = "t"."trip_id"
  left outer join "crm"."destinations" as "j2"
    on "j2"."destination_id" = "j1"."destination_id"
  left outer join "crm"."recipients" as "j3"
    on "j3"."recipient_id" = "t"."recipient_id"
where (
  "j2"."name" is null
  or "j2"."name" = ''
  or "j3"."loyalty_tier" = ?
);
-- $1 = 'platinum' (String)

-- campaign linked-attributes-two-hops, dialect duckdb, reference time 2026-06-15T09:30:00Z

-- asian-trips.out (build-audience)
create table "baton_work"."r1_asian-trips_out"
as
select "t"."booking_id" "bookingId"
from "crm"."bookings" "t"
  left outer join "crm"."trips" "j1"
    on "j1"."trip_id" = "t"."trip_id"
  left outer join "crm"."destinations" "j2"
    on "j2"."destination_id" = "j1"."destination_id"
  left outer join "crm"."recipients" "j3"
    on "j3"."recipient_id" = "t"."recipient_id"
where (
  "j2"."region" = cast(? as varchar)
  and "j1"."category" = cast(? as varchar)
  and "j3"."country" = cast(? as varchar)
);
-- $1 = 'Asia' (String)
-- $2 = 'beach' (String)
-- $3 = 'FR' (String)

-- wished-japan.out (build-audience)
create table "baton_work"."r1_wished-japan_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where exists (
  select 1 "one"
  from "crm"."wishlists" "x1"
    left outer join "crm"."trips" "j2"
      on "j2"."trip_id" = "x1"."trip_id"
    left outer join "crm"."destinations" "j3"
      on "j3"."destination_id" = "j2"."destination_id"
  where (
    "x1"."recipient_id" = "t"."recipient_id"
    and "j3"."country" = cast(? as varchar)
  )
);
-- $1 = 'JP' (String)

-- unnamed-or-platinum.out (build-audience)
create table "baton_work"."r1_unnamed-or-platinum_out"
as
select "t"."booking_id" "bookingId"
from "crm"."bookings" "t"
  left outer join "crm"."trips" "j1"
    on "j1"."trip_id" = "t"."trip_id"
  left outer join "crm"."destinations" "j2"
    on "j2"."destination_id" = "j1"."destination_id"
  left outer join "crm"."recipients" "j3"
    on "j3"."recipient_id" = "t"."recipient_id"
where (
  "j2"."name" is null
  or "j2"."name" = ''
  or "j3"."loyalty_tier" = cast(? as varchar)
);
-- $1 = 'platinum' (String)

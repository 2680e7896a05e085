-- campaign not-exists, dialect duckdb, reference time 2026-06-15T09:30:00Z

-- never-booked.out (build-audience)
create table "baton_work"."r1_never-booked_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where not exists (
  select 1 "one"
  from "crm"."bookings" "x1"
  where "x1"."recipient_id" = "t"."recipient_id"
);

-- no-cancelled.out (build-audience)
create table "baton_work"."r1_no-cancelled_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where (
  exists (
    select 1 "one"
    from "crm"."bookings" "x1"
    where "x1"."recipient_id" = "t"."recipient_id"
  )
  and not exists (
    select 1 "one"
    from "crm"."bookings" "x2"
    where (
      "x2"."recipient_id" = "t"."recipient_id"
      and "x2"."status" = cast(? as varchar)
    )
  )
);
-- $1 = 'cancelled' (String)

-- trips-unbooked-by-fr.out (build-audience)
create table "baton_work"."r1_trips-unbooked-by-fr_out"
as
select "t"."trip_id" "tripId"
from "crm"."trips" "t"
where not exists (
  select 1 "one"
  from "crm"."bookings" "x1"
    left outer join "crm"."recipients" "j2"
      on "j2"."recipient_id" = "x1"."recipient_id"
  where (
    "x1"."trip_id" = "t"."trip_id"
    and "j2"."country" = cast(? as varchar)
  )
);
-- $1 = 'FR' (String)

-- nested-exists.out (build-audience)
create table "baton_work"."r1_nested-exists_out"
as
select "t"."destination_id" "destinationId"
from "crm"."destinations" "t"
where exists (
  select 1 "one"
  from "crm"."trips" "x1"
  where (
    "x1"."destination_id" = "t"."destination_id"
    and not exists (
      select 1 "one"
      from "crm"."bookings" "x2"
      where (
        "x2"."trip_id" = "x1"."trip_id"
        and "x2"."status" = cast(? as varchar)
      )
    )
  )
);
-- $1 = 'cancelled' (String)

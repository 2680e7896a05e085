-- campaign not-exists, dialect postgres, reference time 2026-06-15T09:30:00Z

-- never-booked.out (build-audience)
create table "baton_work"."r1_never-booked_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where not exists (
  select 1 as "one"
  from "crm"."bookings" as "x1"
  where "x1"."recipient_id" = "t"."recipient_id"
);

-- no-cancelled.out (build-audience)
create table "baton_work"."r1_no-cancelled_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where (
  exists (
    select 1 as "one"
    from "crm"."bookings" as "x1"
    where "x1"."recipient_id" = "t"."recipient_id"
  )
  and not exists (
    select 1 as "one"
    from "crm"."bookings" as "x2"
    where (
      "x2"."recipient_id" = "t"."recipient_id"
      and "x2"."status" = ?
    )
  )
);
-- $1 = 'cancelled' (String)

-- trips-unbooked-by-fr.out (build-audience)
create table "baton_work"."r1_trips-unbooked-by-fr_out"
as
select "t"."trip_id" as "tripId"
from "crm"."trips" as "t"
where not exists (
  select 1 as "one"
  from "crm"."bookings" as "x1"
    left outer join "crm"."recipients" as "j2"
      on "j2"."recipient_id" = "x1"."recipient_id"
  where (
    "x1"."trip_id" = "t"."trip_id"
    and "j2"."country" = ?
  )
);
-- $1 = 'FR' (String)

-- nested-exists.out (build-audience)
create table "baton_work"."r1_nested-exists_out"
as
select "t"."destination_id" as "destinationId"
from "crm"."destinations" as "t"
where exists (
  select 1 as "one"
  from "crm"."trips" as "x1"
  where (
    "x1"."destination_id" = "t"."destination_id"
    and not exists (
      select 1 as "one"
      from "crm"."bookings" as "x2"
      where (
        "x2"."trip_id" = "x1"."trip_id"
        and "x2"."status" = ?
      )
    )
  )
);
-- $1 = 'cancelled' (String)

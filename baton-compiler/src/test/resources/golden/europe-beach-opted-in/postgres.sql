-- campaign europe-beach-opted-in, dialect postgres, reference time 2026-06-15T09:30:00Z

-- beach-bookers.out (build-audience)
create table "baton_work"."r1_beach-bookers_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where exists (
  select 1 as "one"
  from "crm"."bookings" as "x1"
    left outer join "crm"."trips" as "j2"
      on "j2"."trip_id" = "x1"."trip_id"
    left outer join "crm"."destinations" as "j3"
      on "j3"."destination_id" = "j2"."destination_id"
  where (
    "x1"."recipient_id" = "t"."recipient_id"
    and "x1"."booking_date" >= cast(? as date)
    and "x1"."booking_date" <= cast(? as date)
    and "x1"."status" <> ?
    and "j2"."category" = ?
    and "j3"."region" = ?
  )
);
-- $1 = 2026-03-17 (LocalDate)
-- $2 = 2026-06-15 (LocalDate)
-- $3 = 'cancelled' (String)
-- $4 = 'beach' (String)
-- $5 = 'Europe' (String)

-- opted-out.out (build-audience)
create table "baton_work"."r1_opted-out_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where (
  "t"."email_opt_in" = ?
  or "t"."email" is null
  or "t"."email" = ''
);
-- $1 = false (Boolean)

-- reachable.out (combine)
create table "baton_work"."r1_reachable_out"
as
select "recipientId"
from "baton_work"."r1_beach-bookers_out"
except
select "recipientId"
from "baton_work"."r1_opted-out_out";

-- reachable.complement (combine)
create table "baton_work"."r1_reachable_complement"
as
select "recipientId"
from "baton_work"."r1_beach-bookers_out"
except
select "recipientId"
from "baton_work"."r1_reachable_out";

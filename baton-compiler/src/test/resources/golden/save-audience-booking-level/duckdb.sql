-- campaign recent-bookings, dialect duckdb, reference time 2026-06-15T09:30:00Z

-- bookings.out (build-audience)
create table "baton_work"."r1_bookings_out"
as
select
  "t"."booking_id" "bookingId",
  "t"."recipient_id" "recipientId",
  "t"."trip_id" "tripId",
  "t"."booking_date" "bookingDate",
  "t"."amount" "amount"
from "crm"."bookings" "t"
where (
  "t"."booking_date" >= cast(? as date)
  and "t"."booking_date" <= cast(? as date)
);
-- $1 = 2026-05-16 (LocalDate)
-- $2 = 2026-06-15 (LocalDate)

-- save.out (save-audience)
create table "baton_work"."r1_save_out"
as
select "bookingId"
from "baton_work"."r1_bookings_out";

-- save saves audience 'Recent bookings' (live runs only): a new version holding
select
  "j2"."crm_id" "crmId",
  "w1"."bookingId" "bookings_bookingId",
  "w1"."bookingDate" "bookingDate",
  "w1"."amount" "amount",
  "j4"."name" "destination",
  "j2"."email" "email"
from "baton_work"."r1_bookings_out" "w1"
  left outer join "crm"."recipients" "j2"
    on "j2"."recipient_id" = "w1"."recipientId"
  left outer join "crm"."trips" "j3"
    on "j3"."trip_id" = "w1"."tripId"
  left outer join "crm"."destinations" "j4"
    on "j4"."destination_id" = "j3"."destination_id"
where (
  "j2"."crm_id" is not null
  and "j2"."crm_id" <> ''
);

-- cancelled.out (build-audience)
create table "baton_work"."r1_cancelled_out"
as
select "t"."booking_id" "bookingId"
from "crm"."bookings" "t"
where "t"."status" = cast(? as varchar);
-- $1 = 'cancelled' (String)

-- after.out (combine)
create table "baton_work"."r1_after_out"
as
select "bookingId"
from "baton_work"."r1_save_out"
union
select "bookingId"
from "baton_work"."r1_cancelled_out";

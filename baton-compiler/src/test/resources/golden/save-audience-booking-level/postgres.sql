-- campaign recent-bookings, dialect postgres, reference time 2026-06-15T09:30:00Z

-- bookings.out (build-audience)
create table "baton_work"."r1_bookings_out"
as
select
  "t"."booking_id" as "bookingId",
  "t"."recipient_id" as "recipientId",
  "t"."trip_id" as "tripId",
  "t"."booking_date" as "bookingDate",
  "t"."amount" as "amount"
from "crm"."bookings" as "t"
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
  "j2"."crm_id" as "crmId",
  "w1"."bookingId" as "bookings_bookingId",
  "w1"."bookingDate" as "bookingDate",
  "w1"."amount" as "amount",
  "j4"."name" as "destination",
  "j2"."email" as "email"
from "baton_work"."r1_bookings_out" as "w1"
  left outer join "crm"."recipients" as "j2"
    on "j2"."recipient_id" = "w1"."recipientId"
  left outer join "crm"."trips" as "j3"
    on "j3"."trip_id" = "w1"."tripId"
  left outer join "crm"."destinations" as "j4"
    on "j4"."destination_id" = "j3"."destination_id"
where (
  "j2"."crm_id" is not null
  and "j2"."crm_id" <> ''
);

-- cancelled.out (build-audience)
create table "baton_work"."r1_cancelled_out"
as
select "t"."booking_id" as "bookingId"
from "crm"."bookings" as "t"
where "t"."status" = ?;
-- $1 = 'cancelled' (String)

-- after.out (combine)
create table "baton_work"."r1_after_out"
as
select "bookingId"
from "baton_work"."r1_save_out"
union
select "bookingId"
from "baton_work"."r1_cancelled_out";

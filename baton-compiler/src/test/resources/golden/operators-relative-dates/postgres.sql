-- campaign operators-relative-dates, dialect postgres, reference time 2026-06-15T09:30:00Z

-- date-last-days.out (build-audience)
create table "baton_work"."r1_date-last-days_out"
as
select "t"."booking_id" as "bookingId"
from "crm"."bookings" as "t"
where (
  "t"."booking_date" >= cast(? as date)
  and "t"."booking_date" <= cast(? as date)
);
-- $1 = 2026-06-08 (LocalDate)
-- $2 = 2026-06-15 (LocalDate)

-- date-last-weeks.out (build-audience)
create table "baton_work"."r1_date-last-weeks_out"
as
select "t"."booking_id" as "bookingId"
from "crm"."bookings" as "t"
where (
  "t"."booking_date" >= cast(? as date)
  and "t"."booking_date" <= cast(? as date)
);
-- $1 = 2026-06-01 (LocalDate)
-- $2 = 2026-06-15 (LocalDate)

-- date-next-months.out (build-audience)
create table "baton_work"."r1_date-next-months_out"
as
select "t"."booking_id" as "bookingId"
from "crm"."bookings" as "t"
where (
  "t"."travel_date" >= cast(? as date)
  and "t"."travel_date" <= cast(? as date)
);
-- $1 = 2026-06-15 (LocalDate)
-- $2 = 2026-07-15 (LocalDate)

-- date-ago-years.out (build-audience)
create table "baton_work"."r1_date-ago-years_out"
as
select "t"."booking_id" as "bookingId"
from "crm"."bookings" as "t"
where "t"."booking_date" < cast(? as date);
-- $1 = 2025-06-15 (LocalDate)

-- ts-last-days.out (build-audience)
create table "baton_work"."r1_ts-last-days_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where (
  "t"."created_at" >= cast(? as timestamp)
  and "t"."created_at" <= cast(? as timestamp)
);
-- $1 = 2026-05-16T09:30 (LocalDateTime)
-- $2 = 2026-06-15T09:30 (LocalDateTime)

-- ts-next-weeks.out (build-audience)
create table "baton_work"."r1_ts-next-weeks_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where (
  "t"."created_at" >= cast(? as timestamp)
  and "t"."created_at" <= cast(? as timestamp)
);
-- $1 = 2026-06-15T09:30 (LocalDateTime)
-- $2 = 2026-07-06T09:30 (LocalDateTime)

-- ts-ago-months.out (build-audience)
create table "baton_work"."r1_ts-ago-months_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."created_at" < cast(? as timestamp);
-- $1 = 2025-12-15T09:30 (LocalDateTime)

-- ts-last-years.out (build-audience)
create table "baton_work"."r1_ts-last-years_out"
as
select "t"."wishlist_id" as "wishlistId"
from "crm"."wishlists" as "t"
where (
  "t"."added_at" >= cast(? as timestamp)
  and "t"."added_at" <= cast(? as timestamp)
);
-- $1 = 2025-06-15T09:30 (LocalDateTime)
-- $2 = 2026-06-15T09:30 (LocalDateTime)

-- zero-days.out (build-audience)
create table "baton_work"."r1_zero-days_out"
as
select "t"."booking_id" as "bookingId"
from "crm"."bookings" as "t"
where (
  "t"."booking_date" >= cast(? as date)
  and "t"."booking_date" <= cast(? as date)
);
-- $1 = 2026-06-15 (LocalDate)
-- $2 = 2026-06-15 (LocalDate)

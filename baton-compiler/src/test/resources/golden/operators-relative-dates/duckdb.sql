-- campaign operators-relative-dates, dialect duckdb, reference time 2026-06-15T09:30:00Z

-- date-last-days.out (build-audience)
create table "baton_work"."r1_date-last-days_out"
as
select "t"."booking_id" "bookingId"
from "crm"."bookings" "t"
where (
  "t"."booking_date" >= cast(? as date)
  and "t"."booking_date" <= cast(? as date)
);
-- $1 = 2026-06-08 (LocalDate)
-- $2 = 2026-06-15 (LocalDate)

-- date-last-weeks.out (build-audience)
create table "baton_work"."r1_date-last-weeks_out"
as
select "t"."booking_id" "bookingId"
from "crm"."bookings" "t"
where (
  "t"."booking_date" >= cast(? as date)
  and "t"."booking_date" <= cast(? as date)
);
-- $1 = 2026-06-01 (LocalDate)
-- $2 = 2026-06-15 (LocalDate)

-- date-next-months.out (build-audience)
create table "baton_work"."r1_date-next-months_out"
as
select "t"."booking_id" "bookingId"
from "crm"."bookings" "t"
where (
  "t"."travel_date" >= cast(? as date)
  and "t"."travel_date" <= cast(? as date)
);
-- $1 = 2026-06-15 (LocalDate)
-- $2 = 2026-07-15 (LocalDate)

-- date-ago-years.out (build-audience)
create table "baton_work"."r1_date-ago-years_out"
as
select "t"."booking_id" "bookingId"
from "crm"."bookings" "t"
where "t"."booking_date" < cast(? as date);
-- $1 = 2025-06-15 (LocalDate)

-- ts-last-days.out (build-audience)
create table "baton_work"."r1_ts-last-days_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where (
  "t"."created_at" >= cast(? as timestamp without time zone)
  and "t"."created_at" <= cast(? as timestamp without time zone)
);
-- $1 = 2026-05-16T09:30 (LocalDateTime)
-- $2 = 2026-06-15T09:30 (LocalDateTime)

-- ts-next-weeks.out (build-audience)
create table "baton_work"."r1_ts-next-weeks_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where (
  "t"."created_at" >= cast(? as timestamp without time zone)
  and "t"."created_at" <= cast(? as timestamp without time zone)
);
-- $1 = 2026-06-15T09:30 (LocalDateTime)
-- $2 = 2026-07-06T09:30 (LocalDateTime)

-- ts-ago-months.out (build-audience)
create table "baton_work"."r1_ts-ago-months_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."created_at" < cast(? as timestamp without time zone);
-- $1 = 2025-12-15T09:30 (LocalDateTime)

-- ts-last-years.out (build-audience)
create table "baton_work"."r1_ts-last-years_out"
as
select "t"."wishlist_id" "wishlistId"
from "crm"."wishlists" "t"
where (
  "t"."added_at" >= cast(? as timestamp without time zone)
  and "t"."added_at" <= cast(? as timestamp without time zone)
);
-- $1 = 2025-06-15T09:30 (LocalDateTime)
-- $2 = 2026-06-15T09:30 (LocalDateTime)

-- zero-days.out (build-audience)
create table "baton_work"."r1_zero-days_out"
as
select "t"."booking_id" "bookingId"
from "crm"."bookings" "t"
where (
  "t"."booking_date" >= cast(? as date)
  and "t"."booking_date" <= cast(? as date)
);
-- $1 = 2026-06-15 (LocalDate)
-- $2 = 2026-06-15 (LocalDate)

-- campaign operators-compare, dialect postgres, reference time 2026-06-15T09:30:00Z

-- int-eq.out (build-audience)
create table "baton_work"."r1_int-eq_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."recipient_id" = ?;
-- $1 = 42 (Long)

-- int-ne.out (build-audience)
create table "baton_work"."r1_int-ne_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."recipient_id" <> ?;
-- $1 = 42 (Long)

-- int-lt.out (build-audience)
create table "baton_work"."r1_int-lt_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."recipient_id" < ?;
-- $1 = 100 (Long)

-- int-gt.out (build-audience)
create table "baton_work"."r1_int-gt_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."recipient_id" > ?;
-- $1 = 2900 (Long)

-- int-le.out (build-audience)
create table "baton_work"."r1_int-le_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."recipient_id" <= ?;
-- $1 = 100 (Long)

-- int-ge.out (build-audience)
create table "baton_work"."r1_int-ge_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."recipient_id" >= ?;
-- $1 = 2900 (Long)

-- dec-eq.out (build-audience)
create table "baton_work"."r1_dec-eq_out"
as
select "t"."booking_id" as "bookingId"
from "crm"."bookings" as "t"
where "t"."amount" = ?;
-- $1 = 1203.26 (BigDecimal)

-- dec-lt.out (build-audience)
create table "baton_work"."r1_dec-lt_out"
as
select "t"."booking_id" as "bookingId"
from "crm"."bookings" as "t"
where "t"."amount" < ?;
-- $1 = 500.5 (BigDecimal)

-- dec-ge.out (build-audience)
create table "baton_work"."r1_dec-ge_out"
as
select "t"."booking_id" as "bookingId"
from "crm"."bookings" as "t"
where "t"."amount" >= ?;
-- $1 = 5000 (BigDecimal)

-- dec-large.out (build-audience)
create table "baton_work"."r1_dec-large_out"
as
select "t"."booking_id" as "bookingId"
from "crm"."bookings" as "t"
where "t"."amount" < ?;
-- $1 = 10000000 (BigDecimal)

-- dec-small.out (build-audience)
create table "baton_work"."r1_dec-small_out"
as
select "t"."booking_id" as "bookingId"
from "crm"."bookings" as "t"
where "t"."amount" > ?;
-- $1 = 0.05 (BigDecimal)

-- date-eq.out (build-audience)
create table "baton_work"."r1_date-eq_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."birth_date" = cast(? as date);
-- $1 = 1972-01-02 (LocalDate)

-- date-gt.out (build-audience)
create table "baton_work"."r1_date-gt_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."birth_date" > cast(? as date);
-- $1 = 2000-01-01 (LocalDate)

-- ts-lt.out (build-audience)
create table "baton_work"."r1_ts-lt_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."created_at" < cast(? as timestamp);
-- $1 = 2021-01-01T12:30 (LocalDateTime)

-- ts-offset.out (build-audience)
create table "baton_work"."r1_ts-offset_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."created_at" >= cast(? as timestamp);
-- $1 = 2026-01-01T00:00 (LocalDateTime)

-- ts-date.out (build-audience)
create table "baton_work"."r1_ts-date_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."created_at" <= cast(? as timestamp);
-- $1 = 2021-01-01T00:00 (LocalDateTime)

-- str-eq.out (build-audience)
create table "baton_work"."r1_str-eq_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."city" = ?;
-- $1 = 'Paris' (String)

-- str-ne.out (build-audience)
create table "baton_work"."r1_str-ne_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."city" <> ?;
-- $1 = 'Paris' (String)

-- str-lt.out (build-audience)
create table "baton_work"."r1_str-lt_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."last_name" < ?;
-- $1 = 'C' (String)

-- bool-eq.out (build-audience)
create table "baton_work"."r1_bool-eq_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."sms_opt_in" = ?;
-- $1 = true (Boolean)

-- enum-ne.out (build-audience)
create table "baton_work"."r1_enum-ne_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."loyalty_tier" <> ?;
-- $1 = 'none' (String)

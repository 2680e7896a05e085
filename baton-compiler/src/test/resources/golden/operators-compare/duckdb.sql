-- campaign operators-compare, dialect duckdb, reference time 2026-06-15T09:30:00Z

-- int-eq.out (build-audience)
create table "baton_work"."r1_int-eq_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."recipient_id" = cast(? as bigint);
-- $1 = 42 (Long)

-- int-ne.out (build-audience)
create table "baton_work"."r1_int-ne_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."recipient_id" <> cast(? as bigint);
-- $1 = 42 (Long)

-- int-lt.out (build-audience)
create table "baton_work"."r1_int-lt_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."recipient_id" < cast(? as bigint);
-- $1 = 100 (Long)

-- int-gt.out (build-audience)
create table "baton_work"."r1_int-gt_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."recipient_id" > cast(? as bigint);
-- $1 = 2900 (Long)

-- int-le.out (build-audience)
create table "baton_work"."r1_int-le_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."recipient_id" <= cast(? as bigint);
-- $1 = 100 (Long)

-- int-ge.out (build-audience)
create table "baton_work"."r1_int-ge_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."recipient_id" >= cast(? as bigint);
-- $1 = 2900 (Long)

-- dec-eq.out (build-audience)
create table "baton_work"."r1_dec-eq_out"
as
select "t"."booking_id" "bookingId"
from "crm"."bookings" "t"
where "t"."amount" = cast(? as decimal(6, 2));
-- $1 = 1203.26 (BigDecimal)

-- dec-lt.out (build-audience)
create table "baton_work"."r1_dec-lt_out"
as
select "t"."booking_id" "bookingId"
from "crm"."bookings" "t"
where "t"."amount" < cast(? as decimal(4, 1));
-- $1 = 500.5 (BigDecimal)

-- dec-ge.out (build-audience)
create table "baton_work"."r1_dec-ge_out"
as
select "t"."booking_id" "bookingId"
from "crm"."bookings" "t"
where "t"."amount" >= cast(? as decimal(4));
-- $1 = 5000 (BigDecimal)

-- dec-large.out (build-audience)
create table "baton_work"."r1_dec-large_out"
as
select "t"."booking_id" "bookingId"
from "crm"."bookings" "t"
where "t"."amount" < cast(? as decimal(8));
-- $1 = 10000000 (BigDecimal)

-- dec-small.out (build-audience)
create table "baton_work"."r1_dec-small_out"
as
select "t"."booking_id" "bookingId"
from "crm"."bookings" "t"
where "t"."amount" > cast(? as decimal(3, 2));
-- $1 = 0.05 (BigDecimal)

-- date-eq.out (build-audience)
create table "baton_work"."r1_date-eq_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."birth_date" = cast(? as date);
-- $1 = 1972-01-02 (LocalDate)

-- date-gt.out (build-audience)
create table "baton_work"."r1_date-gt_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."birth_date" > cast(? as date);
-- $1 = 2000-01-01 (LocalDate)

-- ts-lt.out (build-audience)
create table "baton_work"."r1_ts-lt_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."created_at" < cast(? as timestamp without time zone);
-- $1 = 2021-01-01T12:30 (LocalDateTime)

-- ts-offset.out (build-audience)
create table "baton_work"."r1_ts-offset_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."created_at" >= cast(? as timestamp without time zone);
-- $1 = 2026-01-01T00:00 (LocalDateTime)

-- ts-date.out (build-audience)
create table "baton_work"."r1_ts-date_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."created_at" <= cast(? as timestamp without time zone);
-- $1 = 2021-01-01T00:00 (LocalDateTime)

-- str-eq.out (build-audience)
create table "baton_work"."r1_str-eq_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."city" = cast(? as varchar);
-- $1 = 'Paris' (String)

-- str-ne.out (build-audience)
create table "baton_work"."r1_str-ne_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."city" <> cast(? as varchar);
-- $1 = 'Paris' (String)

-- str-lt.out (build-audience)
create table "baton_work"."r1_str-lt_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."last_name" < cast(? as varchar);
-- $1 = 'C' (String)

-- bool-eq.out (build-audience)
create table "baton_work"."r1_bool-eq_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."sms_opt_in" = cast(? as boolean);
-- $1 = true (Boolean)

-- enum-ne.out (build-audience)
create table "baton_work"."r1_enum-ne_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."loyalty_tier" <> cast(? as varchar);
-- $1 = 'none' (String)

-- campaign operators-lists-and-empty, dialect postgres, reference time 2026-06-15T09:30:00Z

-- str-in.out (build-audience)
create table "baton_work"."r1_str-in_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."country" in (
  ?, ?, ?
);
-- $1 = 'FR' (String)
-- $2 = 'DE' (String)
-- $3 = 'IT' (String)

-- str-not-in.out (build-audience)
create table "baton_work"."r1_str-not-in_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."country" not in (
  ?, ?
);
-- $1 = 'FR' (String)
-- $2 = 'DE' (String)

-- int-in.out (build-audience)
create table "baton_work"."r1_int-in_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."recipient_id" in (
  ?, ?, ?, ?, ?
);
-- $1 = 1 (Long)
-- $2 = 2 (Long)
-- $3 = 3 (Long)
-- $4 = 5 (Long)
-- $5 = 8 (Long)

-- enum-in.out (build-audience)
create table "baton_work"."r1_enum-in_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."loyalty_tier" in (
  ?, ?
);
-- $1 = 'gold' (String)
-- $2 = 'platinum' (String)

-- enum-not-in.out (build-audience)
create table "baton_work"."r1_enum-not-in_out"
as
select "t"."booking_id" as "bookingId"
from "crm"."bookings" as "t"
where "t"."status" not in (?);
-- $1 = 'cancelled' (String)

-- single-in.out (build-audience)
create table "baton_work"."r1_single-in_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."city" in (?);
-- $1 = 'Paris' (String)

-- email-empty.out (build-audience)
create table "baton_work"."r1_email-empty_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where (
  "t"."email" is null
  or "t"."email" = ''
);

-- email-not-empty.out (build-audience)
create table "baton_work"."r1_email-not-empty_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where (
  "t"."email" is not null
  and "t"."email" <> ''
);

-- date-empty.out (build-audience)
create table "baton_work"."r1_date-empty_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."birth_date" is null;

-- bool-not-empty.out (build-audience)
create table "baton_work"."r1_bool-not-empty_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."email_opt_in" is not null;

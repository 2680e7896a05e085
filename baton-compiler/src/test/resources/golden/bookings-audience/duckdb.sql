-- campaign bookings-audience, dialect duckdb, reference time 2026-06-15T09:30:00Z

-- big-european.out (build-audience)
create table "baton_work"."r1_big-european_out"
as
select "t"."booking_id" "bookingId"
from "crm"."bookings" "t"
  left outer join "crm"."trips" "j1"
    on "j1"."trip_id" = "t"."trip_id"
  left outer join "crm"."destinations" "j2"
    on "j2"."destination_id" = "j1"."destination_id"
where (
  "t"."amount" >= cast(? as decimal(4))
  and "t"."status" in (
    cast(? as varchar), cast(? as varchar)
  )
  and "j2"."region" = cast(? as varchar)
);
-- $1 = 2500 (BigDecimal)
-- $2 = 'confirmed' (String)
-- $3 = 'completed' (String)
-- $4 = 'Europe' (String)

-- app-bookings.out (build-audience)
create table "baton_work"."r1_app-bookings_out"
as
select "t"."booking_id" "bookingId"
from "crm"."bookings" "t"
where "t"."sales_channel" = cast(? as varchar);
-- $1 = 'app' (String)

-- big-not-app.out (combine)
create table "baton_work"."r1_big-not-app_out"
as
select "bookingId"
from "baton_work"."r1_big-european_out"
except
select "bookingId"
from "baton_work"."r1_app-bookings_out";

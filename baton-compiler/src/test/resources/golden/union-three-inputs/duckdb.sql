-- campaign union-three-inputs, dialect duckdb, reference time 2026-06-15T09:30:00Z

-- gold.out (build-audience)
create table "baton_work"."r1_gold_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."loyalty_tier" = cast(? as varchar);
-- $1 = 'gold' (String)

-- french.out (build-audience)
create table "baton_work"."r1_french_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."country" = cast(? as varchar);
-- $1 = 'FR' (String)

-- sms.out (build-audience)
create table "baton_work"."r1_sms_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."sms_opt_in" = cast(? as boolean);
-- $1 = true (Boolean)

-- all-three.out (combine)
create table "baton_work"."r1_all-three_out"
as
select "recipientId"
from "baton_work"."r1_gold_out"
union
select "recipientId"
from "baton_work"."r1_french_out"
union
select "recipientId"
from "baton_work"."r1_sms_out";

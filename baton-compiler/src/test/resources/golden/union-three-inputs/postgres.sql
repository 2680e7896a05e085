-- campaign union-three-inputs, dialect postgres, reference time 2026-06-15T09:30:00Z

-- gold.out (build-audience)
create table "baton_work"."r1_gold_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."loyalty_tier" = ?;
-- $1 = 'gold' (String)

-- french.out (build-audience)
create table "baton_work"."r1_french_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."country" = ?;
-- $1 = 'FR' (String)

-- sms.out (build-audience)
create table "baton_work"."r1_sms_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."sms_opt_in" = ?;
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

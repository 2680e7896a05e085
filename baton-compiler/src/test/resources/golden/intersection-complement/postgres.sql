-- campaign intersection-complement, dialect postgres, reference time 2026-06-15T09:30:00Z

-- gold.out (build-audience)
create table "baton_work"."r1_gold_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."loyalty_tier" in (
  ?, ?
);
-- $1 = 'gold' (String)
-- $2 = 'platinum' (String)

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

-- both.out (combine)
create table "baton_work"."r1_both_out"
as
select "recipientId"
from "baton_work"."r1_gold_out"
intersect
select "recipientId"
from "baton_work"."r1_french_out"
intersect
select "recipientId"
from "baton_work"."r1_sms_out";

-- both.complement (combine)
create table "baton_work"."r1_both_complement"
as
select "s1"."recipientId"
from (
  select "recipientId"
  from "baton_work"."r1_gold_out"
  union
  select "recipientId"
  from "baton_work"."r1_french_out"
  union
  select "recipientId"
  from "baton_work"."r1_sms_out"
) as "s1"
except
select "recipientId"
from "baton_work"."r1_both_out";

-- rest.out (combine)
create table "baton_work"."r1_rest_out"
as
select "recipientId"
from "baton_work"."r1_both_complement"
except
select "recipientId"
from "baton_work"."r1_french_out";

-- rest.complement (combine)
create table "baton_work"."r1_rest_complement"
as
select "recipientId"
from "baton_work"."r1_both_complement"
except
select "recipientId"
from "baton_work"."r1_rest_out";

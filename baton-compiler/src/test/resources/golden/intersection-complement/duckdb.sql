-- campaign intersection-complement, dialect duckdb, reference time 2026-06-15T09:30:00Z

-- gold.out (build-audience)
create table "baton_work"."r1_gold_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."loyalty_tier" in (
  cast(? as varchar), cast(? as varchar)
);
-- $1 = 'gold' (String)
-- $2 = 'platinum' (String)

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
) "s1"
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

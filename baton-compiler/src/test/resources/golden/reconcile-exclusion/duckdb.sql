-- campaign reconcile-exclusion, dialect duckdb, reference time 2026-06-15T09:30:00Z

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

-- gold-elsewhere.out (combine)
create table "baton_work"."r1_gold-elsewhere_out"
as
select "p1"."recipientId"
from (
  select "recipientId"
  from "baton_work"."r1_gold_out"
) "p1"
  join "crm"."recipients" "e2"
    on "p1"."recipientId" = "e2"."recipient_id"
where not exists (
  select 1 "one"
  from (
    select "recipientId"
    from "baton_work"."r1_french_out"
  ) "o3"
    join "crm"."recipients" "e4"
      on "o3"."recipientId" = "e4"."recipient_id"
  where "e4"."city" = "e2"."city"
);

-- gold-elsewhere.complement (combine)
create table "baton_work"."r1_gold-elsewhere_complement"
as
select "recipientId"
from "baton_work"."r1_gold_out"
except
select "recipientId"
from "baton_work"."r1_gold-elsewhere_out";

-- campaign reconcile-exclusion, dialect postgres, reference time 2026-06-15T09:30:00Z

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

-- gold-elsewhere.out (combine)
create table "baton_work"."r1_gold-elsewhere_out"
as
select "p1"."recipientId"
from (
  select "recipientId"
  from "baton_work"."r1_gold_out"
) as "p1"
  join "crm"."recipients" as "e2"
    on "p1"."recipientId" = "e2"."recipient_id"
where not exists (
  select 1 as "one"
  from (
    select "recipientId"
    from "baton_work"."r1_french_out"
  ) as "o3"
    join "crm"."recipients" as "e4"
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

-- campaign reconcile-intersection, dialect duckdb, reference time 2026-06-15T09:30:00Z

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

-- shared-names.out (combine)
create table "baton_work"."r1_shared-names_out"
as
select "p1"."recipientId"
from (
  select "recipientId"
  from "baton_work"."r1_gold_out"
) "p1"
  join "crm"."recipients" "e2"
    on "p1"."recipientId" = "e2"."recipient_id"
where (
  exists (
    select 1 "one"
    from (
      select "recipientId"
      from "baton_work"."r1_french_out"
    ) "o3"
      join "crm"."recipients" "e4"
        on "o3"."recipientId" = "e4"."recipient_id"
    where (
      "e4"."last_name" = "e2"."last_name"
      and "e4"."country" = "e2"."country"
    )
  )
  and exists (
    select 1 "one"
    from (
      select "recipientId"
      from "baton_work"."r1_sms_out"
    ) "o5"
      join "crm"."recipients" "e6"
        on "o5"."recipientId" = "e6"."recipient_id"
    where (
      "e6"."last_name" = "e2"."last_name"
      and "e6"."country" = "e2"."country"
    )
  )
);

-- shared-names.complement (combine)
create table "baton_work"."r1_shared-names_complement"
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
from "baton_work"."r1_shared-names_out";

-- campaign reconcile-union, dialect duckdb, reference time 2026-06-15T09:30:00Z

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

-- one-per-city.out (combine)
create table "baton_work"."r1_one-per-city_out"
as
select "n6"."recipientId"
from (
  select
    "k4"."recipientId",
    row_number() over (
      partition by "e5"."city"
      order by "k4"."baton_rank" asc, "k4"."recipientId" asc
    ) "baton_row",
    ("e5"."city" is null) "baton_empty"
  from (
    select
      "u3"."recipientId",
      min("u3"."baton_rank") "baton_rank"
    from (
      select
        "p1"."recipientId",
        0 "baton_rank"
      from (
        select "recipientId"
        from "baton_work"."r1_french_out"
      ) "p1"
      union all
      select
        "p2"."recipientId",
        1 "baton_rank"
      from (
        select "recipientId"
        from "baton_work"."r1_gold_out"
      ) "p2"
    ) "u3"
    group by "u3"."recipientId"
  ) "k4"
    join "crm"."recipients" "e5"
      on "k4"."recipientId" = "e5"."recipient_id"
) "n6"
where (
  "n6"."baton_row" = 1
  or "n6"."baton_empty" = true
);

-- one-per-name.out (combine)
create table "baton_work"."r1_one-per-name_out"
as
select "n7"."recipientId"
from (
  select
    "k5"."recipientId",
    row_number() over (
      partition by "e6"."last_name", "e6"."country"
      order by "k5"."baton_rank" asc, "k5"."recipientId" asc
    ) "baton_row",
    (
      "e6"."last_name" is null
      or "e6"."country" is null
    ) "baton_empty"
  from (
    select
      "u4"."recipientId",
      min("u4"."baton_rank") "baton_rank"
    from (
      select
        "p1"."recipientId",
        0 "baton_rank"
      from (
        select "recipientId"
        from "baton_work"."r1_sms_out"
      ) "p1"
      union all
      select
        "p2"."recipientId",
        1 "baton_rank"
      from (
        select "recipientId"
        from "baton_work"."r1_gold_out"
      ) "p2"
      union all
      select
        "p3"."recipientId",
        2 "baton_rank"
      from (
        select "recipientId"
        from "baton_work"."r1_french_out"
      ) "p3"
    ) "u4"
    group by "u4"."recipientId"
  ) "k5"
    join "crm"."recipients" "e6"
      on "k5"."recipientId" = "e6"."recipient_id"
) "n7"
where (
  "n7"."baton_row" = 1
  or "n7"."baton_empty" = true
);

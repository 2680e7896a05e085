-- campaign reconcile-union, dialect postgres, reference time 2026-06-15T09:30:00Z

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
    ) as "baton_row",
    ("e5"."city" is null) as "baton_empty"
  from (
    select
      "u3"."recipientId",
      min("u3"."baton_rank") as "baton_rank"
    from (
      select
        "p1"."recipientId",
        0 as "baton_rank"
      from (
        select "recipientId"
        from "baton_work"."r1_french_out"
      ) as "p1"
      union all
      select
        "p2"."recipientId",
        1 as "baton_rank"
      from (
        select "recipientId"
        from "baton_work"."r1_gold_out"
      ) as "p2"
    ) as "u3"
    group by "u3"."recipientId"
  ) as "k4"
    join "crm"."recipients" as "e5"
      on "k4"."recipientId" = "e5"."recipient_id"
) as "n6"
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
    ) as "baton_row",
    (
      "e6"."last_name" is null
      or "e6"."country" is null
    ) as "baton_empty"
  from (
    select
      "u4"."recipientId",
      min("u4"."baton_rank") as "baton_rank"
    from (
      select
        "p1"."recipientId",
        0 as "baton_rank"
      from (
        select "recipientId"
        from "baton_work"."r1_sms_out"
      ) as "p1"
      union all
      select
        "p2"."recipientId",
        1 as "baton_rank"
      from (
        select "recipientId"
        from "baton_work"."r1_gold_out"
      ) as "p2"
      union all
      select
        "p3"."recipientId",
        2 as "baton_rank"
      from (
        select "recipientId"
        from "baton_work"."r1_french_out"
      ) as "p3"
    ) as "u4"
    group by "u4"."recipientId"
  ) as "k5"
    join "crm"."recipients" as "e6"
      on "k5"."recipientId" = "e6"."recipient_id"
) as "n7"
where (
  "n7"."baton_row" = 1
  or "n7"."baton_empty" = true
);

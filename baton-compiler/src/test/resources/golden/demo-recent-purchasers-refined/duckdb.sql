-- campaign recent-purchasers-refined, dialect duckdb, reference time 2026-06-15T09:30:00Z

-- recent-purchasers.out (read-audience)
create table "baton_work"."r1_recent-purchasers_out"
as
select "n3"."recipientId", "n3"."email"
from (
  select
    "t2"."recipient_id" "recipientId",
    "a1"."email" "email",
    row_number() over (
      partition by "t2"."recipient_id"
      order by "a1"."crmId" asc, "a1"."recipients_recipientId" asc, "a1"."email" asc
    ) "baton_row"
  from "baton_audiences"."a1_v3" "a1"
    join "crm"."recipients" "t2"
      on "t2"."crm_id" = "a1"."crmId"
) "n3"
where "n3"."baton_row" = 1;

-- loyal-opted-in.out (build-audience)
create table "baton_work"."r1_loyal-opted-in_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where (
  "t"."loyalty_tier" in (
    cast(? as varchar), cast(? as varchar)
  )
  and "t"."email_opt_in" = cast(? as boolean)
);
-- $1 = 'gold' (String)
-- $2 = 'platinum' (String)
-- $3 = true (Boolean)

-- loyal-recent-purchasers.out (combine)
create table "baton_work"."r1_loyal-recent-purchasers_out"
as
select "recipientId"
from "baton_work"."r1_recent-purchasers_out"
intersect
select "recipientId"
from "baton_work"."r1_loyal-opted-in_out";

-- loyal-recent-purchasers.complement (combine)
create table "baton_work"."r1_loyal-recent-purchasers_complement"
as
select "s1"."recipientId"
from (
  select "recipientId"
  from "baton_work"."r1_recent-purchasers_out"
  union
  select "recipientId"
  from "baton_work"."r1_loyal-opted-in_out"
) "s1"
except
select "recipientId"
from "baton_work"."r1_loyal-recent-purchasers_out";

-- save-loyal saves audience 'Loyal recent purchasers' (live runs only): a new version holding
select
  "t"."email" "email",
  "t"."recipient_id" "recipients_recipientId"
from (
  select "recipientId"
  from "baton_work"."r1_loyal-recent-purchasers_out"
) "w1"
  join "crm"."recipients" "t"
    on "w1"."recipientId" = "t"."recipient_id"
where (
  "t"."email" is not null
  and "t"."email" <> ''
);

-- campaign read-back, dialect duckdb, reference time 2026-06-15T09:30:00Z

-- read.out (read-audience)
create table "baton_work"."r1_read_out"
as
select distinct "t2"."recipient_id" "recipientId"
from "baton_audiences"."a1_v3" "a1"
  join "crm"."recipients" "t2"
    on "t2"."crm_id" = "a1"."crmId";

-- read-with-email.out (read-audience)
create table "baton_work"."r1_read-with-email_out"
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

-- both.out (combine)
create table "baton_work"."r1_both_out"
as
select "recipientId"
from "baton_work"."r1_read_out"
intersect
select "recipientId"
from "baton_work"."r1_read-with-email_out";

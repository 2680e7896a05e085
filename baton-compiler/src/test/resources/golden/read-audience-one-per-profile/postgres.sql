-- campaign read-loyal, dialect postgres, reference time 2026-06-15T09:30:00Z

-- read.out (read-audience)
create table "baton_work"."r1_read_out"
as
select
  "t2"."recipient_id" as "recipientId",
  "a1"."email" as "email"
from "baton_audiences"."a2_v1" as "a1"
  join "crm"."recipients" as "t2"
    on "t2"."crm_id" = "a1"."crmId";

-- campaign recent-bookers, dialect duckdb, reference time 2026-06-15T09:30:00Z

-- recent-bookers.out (build-audience)
create table "baton_work"."r1_recent-bookers_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where exists (
  select 1 "one"
  from "crm"."bookings" "x1"
  where (
    "x1"."recipient_id" = "t"."recipient_id"
    and "x1"."booking_date" >= cast(? as date)
    and "x1"."booking_date" <= cast(? as date)
  )
);
-- $1 = 2026-05-16 (LocalDate)
-- $2 = 2026-06-15 (LocalDate)

-- save-recent-purchasers saves audience 'Recent purchasers' (live runs only): a new version holding
select
  "t"."crm_id" "crmId",
  "t"."recipient_id" "recipients_recipientId",
  "t"."email" "email",
  "t"."loyalty_tier" "loyaltyTier"
from (
  select "recipientId"
  from "baton_work"."r1_recent-bookers_out"
) "w1"
  join "crm"."recipients" "t"
    on "w1"."recipientId" = "t"."recipient_id"
where (
  "t"."crm_id" is not null
  and "t"."crm_id" <> ''
);

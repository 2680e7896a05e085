-- campaign nested-groups-except, dialect duckdb, reference time 2026-06-15T09:30:00Z

-- nested.out (build-audience)
create table "baton_work"."r1_nested_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where (
  "t"."country" in (
    cast(? as varchar), cast(? as varchar)
  )
  and (
    "t"."loyalty_tier" in (
      cast(? as varchar), cast(? as varchar)
    )
    or (
      "t"."loyalty_tier" = cast(? as varchar)
      and "t"."sms_opt_in" = cast(? as boolean)
    )
  )
  and (
    "t"."email_opt_in" = cast(? as boolean)
    or "t"."city" = cast(? as varchar)
    or contains("t"."email", cast(? as varchar))
  ) is distinct from true
);
-- $1 = 'FR' (String)
-- $2 = 'DE' (String)
-- $3 = 'gold' (String)
-- $4 = 'platinum' (String)
-- $5 = 'silver' (String)
-- $6 = true (Boolean)
-- $7 = false (Boolean)
-- $8 = 'Paris' (String)
-- $9 = '@example.org' (String)

-- single-except.out (build-audience)
create table "baton_work"."r1_single-except_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where (
  "t"."recipient_id" > cast(? as bigint)
  and ("t"."email" like cast(? as varchar)) is distinct from true
);
-- $1 = 0 (Long)
-- $2 = '%@example.com' (String)

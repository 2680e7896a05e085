-- campaign nested-groups-except, dialect postgres, reference time 2026-06-15T09:30:00Z

-- nested.out (build-audience)
create table "baton_work"."r1_nested_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where (
  "t"."country" in (
    ?, ?
  )
  and (
    "t"."loyalty_tier" in (
      ?, ?
    )
    or (
      "t"."loyalty_tier" = ?
      and "t"."sms_opt_in" = ?
    )
  )
  and (
    "t"."email_opt_in" = ?
    or "t"."city" = ?
    or "t"."email" like ('%' || replace(
      replace(
        replace(?, '!', '!!'),
        '%',
        '!%'
      ),
      '_',
      '!_'
    ) || '%') escape '!'
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
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where (
  "t"."recipient_id" > ?
  and ("t"."email" like ?) is distinct from true
);
-- $1 = 0 (Long)
-- $2 = '%@example.com' (String)

-- campaign operators-text, dialect duckdb, reference time 2026-06-15T09:30:00Z

-- starts.out (build-audience)
create table "baton_work"."r1_starts_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where starts_with("t"."last_name", cast(? as varchar));
-- $1 = 'Sm' (String)

-- not-starts.out (build-audience)
create table "baton_work"."r1_not-starts_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where not starts_with("t"."last_name", cast(? as varchar));
-- $1 = 'Sm' (String)

-- starts-wild.out (build-audience)
create table "baton_work"."r1_starts-wild_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where starts_with("t"."last_name", cast(? as varchar));
-- $1 = '50%_' (String)

-- contains.out (build-audience)
create table "baton_work"."r1_contains_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where contains("t"."email", cast(? as varchar));
-- $1 = '.smith.' (String)

-- not-contains.out (build-audience)
create table "baton_work"."r1_not-contains_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where not contains("t"."email", cast(? as varchar));
-- $1 = 'a' (String)

-- contains-wild.out (build-audience)
create table "baton_work"."r1_contains-wild_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where contains("t"."last_name", cast(? as varchar));
-- $1 = '!_%\' (String)

-- like.out (build-audience)
create table "baton_work"."r1_like_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where "t"."city" like cast(? as varchar);
-- $1 = 'M_n%' (String)

-- not-like.out (build-audience)
create table "baton_work"."r1_not-like_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where not ("t"."city" like cast(? as varchar));
-- $1 = '%o%' (String)

-- enum-starts.out (build-audience)
create table "baton_work"."r1_enum-starts_out"
as
select "t"."recipient_id" "recipientId"
from "crm"."recipients" "t"
where starts_with("t"."loyalty_tier", cast(? as varchar));
-- $1 = 'pl' (String)

-- campaign operators-text, dialect postgres, reference time 2026-06-15T09:30:00Z

-- starts.out (build-audience)
create table "baton_work"."r1_starts_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."last_name" like (replace(
  replace(
    replace(?, '!', '!!'),
    '%',
    '!%'
  ),
  '_',
  '!_'
) || '%') escape '!';
-- $1 = 'Sm' (String)

-- not-starts.out (build-audience)
create table "baton_work"."r1_not-starts_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where not ("t"."last_name" like (replace(
  replace(
    replace(?, '!', '!!'),
    '%',
    '!%'
  ),
  '_',
  '!_'
) || '%') escape '!');
-- $1 = 'Sm' (String)

-- starts-wild.out (build-audience)
create table "baton_work"."r1_starts-wild_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."last_name" like (replace(
  replace(
    replace(?, '!', '!!'),
    '%',
    '!%'
  ),
  '_',
  '!_'
) || '%') escape '!';
-- $1 = '50%_' (String)

-- contains.out (build-audience)
create table "baton_work"."r1_contains_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."email" like ('%' || replace(
  replace(
    replace(?, '!', '!!'),
    '%',
    '!%'
  ),
  '_',
  '!_'
) || '%') escape '!';
-- $1 = '.smith.' (String)

-- not-contains.out (build-audience)
create table "baton_work"."r1_not-contains_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where not ("t"."email" like ('%' || replace(
  replace(
    replace(?, '!', '!!'),
    '%',
    '!%'
  ),
  '_',
  '!_'
) || '%') escape '!');
-- $1 = 'a' (String)

-- contains-wild.out (build-audience)
create table "baton_work"."r1_contains-wild_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."last_name" like ('%' || replace(
  replace(
    replace(?, '!', '!!'),
    '%',
    '!%'
  ),
  '_',
  '!_'
) || '%') escape '!';
-- $1 = '!_%\' (String)

-- like.out (build-audience)
create table "baton_work"."r1_like_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."city" like ?;
-- $1 = 'M_n%' (String)

-- not-like.out (build-audience)
create table "baton_work"."r1_not-like_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where not ("t"."city" like ?);
-- $1 = '%o%' (String)

-- enum-starts.out (build-audience)
create table "baton_work"."r1_enum-starts_out"
as
select "t"."recipient_id" as "recipientId"
from "crm"."recipients" as "t"
where "t"."loyalty_tier" like (replace(
  replace(
    replace(?, '!', '!!'),
    '%',
    '!%'
  ),
  '_',
  '!_'
) || '%') escape '!';
-- $1 = 'pl' (String)

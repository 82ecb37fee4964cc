-- EXPLAIN ANALYZE of the queries behind the pages bench/socialcases.sh measures (BENCH_EXPLAIN=1), with the worker
-- given as psql variable :worker. Keep in step with CaseFileOverviews (LIST, LOADS, DEADLINES).
\set ON_ERROR_STOP on
-- as CaseFileOverviews does for its transaction: these page queries run without parallel workers
set max_parallel_workers_per_gather = 0;
\echo '--- the worker''s file list, first page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
with open_files as (
    select o.case_file_id as id, count(*) as open_requests, min(o.decide_by) as next_deadline
    from sc_open_request_worker o where o.username = :'worker'
    group by o.case_file_id),
listed as (
    (select id, open_requests, next_deadline from open_files order by next_deadline, id desc limit 26)
    union all
    (select w.case_file_id, 0::bigint, null::date from sc_case_worker w where w.username = :'worker'
        and not exists (select 1 from sc_aid_request r where r.case_file_id = w.case_file_id and r.status in ('OPEN', 'PROPOSED')) order by w.case_file_id desc limit 26)),
page as (
    select id, open_requests, next_deadline from listed
    order by next_deadline nulls last, id desc limit 26 offset 0)
select f.id, f.file_number, f.status,
       (select m.first_name || ' ' || m.last_name from sc_household_member m
        where m.case_file_id = f.id and m.relation = 'APPLICANT' limit 1) as applicant,
       (select string_agg(w.username, ', ' order by w.username) from sc_case_worker w
        where w.case_file_id = f.id) as workers,
       p.open_requests, p.next_deadline
from page p join sc_case_file f on f.id = p.id
order by p.next_deadline nulls last, f.id desc;
\echo '--- the worker''s file list, page 10'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
with open_files as (
    select o.case_file_id as id, count(*) as open_requests, min(o.decide_by) as next_deadline
    from sc_open_request_worker o where o.username = :'worker'
    group by o.case_file_id),
listed as (
    (select id, open_requests, next_deadline from open_files order by next_deadline, id desc limit 251)
    union all
    (select w.case_file_id, 0::bigint, null::date from sc_case_worker w where w.username = :'worker'
        and not exists (select 1 from sc_aid_request r where r.case_file_id = w.case_file_id and r.status in ('OPEN', 'PROPOSED')) order by w.case_file_id desc limit 251)),
page as (
    select id, open_requests, next_deadline from listed
    order by next_deadline nulls last, id desc limit 26 offset 225)
select f.id, f.file_number, f.status,
       (select m.first_name || ' ' || m.last_name from sc_household_member m
        where m.case_file_id = f.id and m.relation = 'APPLICANT' limit 1) as applicant,
       (select string_agg(w.username, ', ' order by w.username) from sc_case_worker w
        where w.case_file_id = f.id) as workers,
       p.open_requests, p.next_deadline
from page p join sc_case_file f on f.id = p.id
order by p.next_deadline nulls last, f.id desc;
\echo '--- the head''s list of all files, first page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
with open_files as (
    select r.case_file_id as id, count(*) as open_requests, min(r.decide_by) as next_deadline
    from sc_aid_request r
    where r.status in ('OPEN', 'PROPOSED')
    group by r.case_file_id),
listed as (
    (select id, open_requests, next_deadline from open_files order by next_deadline, id desc limit 26)
    union all
    (select f.id, 0::bigint, null::date from sc_case_file f
        where not exists (select 1 from sc_aid_request r where r.case_file_id = f.id and r.status in ('OPEN', 'PROPOSED')) order by f.id desc limit 26)),
page as (
    select id, open_requests, next_deadline from listed
    order by next_deadline nulls last, id desc limit 26 offset 0)
select f.id, f.file_number, f.status,
       (select m.first_name || ' ' || m.last_name from sc_household_member m
        where m.case_file_id = f.id and m.relation = 'APPLICANT' limit 1) as applicant,
       (select string_agg(w.username, ', ' order by w.username) from sc_case_worker w
        where w.case_file_id = f.id) as workers,
       p.open_requests, p.next_deadline
from page p join sc_case_file f on f.id = p.id
order by p.next_deadline nulls last, f.id desc;
\echo '--- the head''s dashboard: load per worker (counted once per change: CaseLoads)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select o.username,
       count(*) filter (where o.decide_by < current_date) as overdue,
       count(*) filter (where o.decide_by between current_date and current_date + 5) as due_soon,
       count(*) as open, min(o.decide_by) as nearest
from sc_open_request_worker o
group by o.username order by o.username;
\echo '--- the worker''s dashboard: load'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select o.username,
       count(*) filter (where o.decide_by < current_date) as overdue,
       count(*) filter (where o.decide_by between current_date and current_date + 5) as due_soon,
       count(*) as open, min(o.decide_by) as nearest
from sc_open_request_worker o
where o.username = :'worker'
group by o.username order by o.username;
\echo '--- the head''s dashboard: requests overdue or due soon'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
with due as materialized (
    select r.id, r.case_file_id, r.register_number, r.type, r.received_on, r.decide_by
    from sc_aid_request r
    where r.status in ('OPEN', 'PROPOSED') and r.decide_by <= current_date + 5
    order by r.decide_by, r.id
    limit 26)
select d.case_file_id, f.file_number, d.register_number, d.type, d.received_on, d.decide_by,
       (select string_agg(w.username, ', ' order by w.username) from sc_case_worker w
        where w.case_file_id = d.case_file_id) as workers
from due d join sc_case_file f on f.id = d.case_file_id
order by d.decide_by, d.id;
\echo '--- the worker''s dashboard: requests overdue or due soon'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
with due as materialized (
    select r.id, r.case_file_id, r.register_number, r.type, r.received_on, r.decide_by
    from sc_open_request_worker o join sc_aid_request r on r.id = o.request_id
    where o.username = :'worker' and o.decide_by <= current_date + 5
    order by o.decide_by, o.request_id
    limit 26)
select d.case_file_id, f.file_number, d.register_number, d.type, d.received_on, d.decide_by,
       (select string_agg(w.username, ', ' order by w.username) from sc_case_worker w
        where w.case_file_id = d.case_file_id) as workers
from due d join sc_case_file f on f.id = d.case_file_id
order by d.decide_by, d.id;

-- EXPLAIN ANALYZE of the queries behind the pages bench/socialcases.sh measures (BENCH_EXPLAIN=1), with the worker
-- given as psql variable :worker. Keep in step with CaseFiles.list and CaseFiles.dashboard.
\set ON_ERROR_STOP on
\echo '--- the worker''s file list, first page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select f.id, f.file_number, f.status,
       (select m.first_name || ' ' || m.last_name from sc_household_member m
        where m.case_file_id = f.id and m.relation = 'APPLICANT' limit 1) as applicant,
       (select string_agg(w.username, ', ' order by w.username) from sc_case_worker w
        where w.case_file_id = f.id) as workers,
       d.open_requests, d.next_deadline
from sc_case_file f
left join lateral (select count(*) as open_requests, min(r.decide_by) as next_deadline
                   from sc_aid_request r where r.case_file_id = f.id and r.status in ('OPEN', 'PROPOSED')) d on true
where cast(:'worker' as varchar) is null
   or exists (select 1 from sc_case_worker w where w.case_file_id = f.id and w.username = cast(:'worker' as varchar))
order by d.next_deadline nulls last, f.id desc
limit 26 offset 0;
\echo '--- the head''s list of all files, first page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select f.id, f.file_number, f.status,
       (select m.first_name || ' ' || m.last_name from sc_household_member m
        where m.case_file_id = f.id and m.relation = 'APPLICANT' limit 1) as applicant,
       (select string_agg(w.username, ', ' order by w.username) from sc_case_worker w
        where w.case_file_id = f.id) as workers,
       d.open_requests, d.next_deadline
from sc_case_file f
left join lateral (select count(*) as open_requests, min(r.decide_by) as next_deadline
                   from sc_aid_request r where r.case_file_id = f.id and r.status in ('OPEN', 'PROPOSED')) d on true
where cast(null as varchar) is null
   or exists (select 1 from sc_case_worker w where w.case_file_id = f.id and w.username = cast(null as varchar))
order by d.next_deadline nulls last, f.id desc
limit 26 offset 0;
\echo '--- the head''s dashboard: load per worker'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select w.username,
       count(*) filter (where r.decide_by < current_date) as overdue,
       count(*) filter (where r.decide_by between current_date and current_date + 5) as due_soon,
       count(*) as open, min(r.decide_by) as nearest
from sc_aid_request r join sc_case_worker w on w.case_file_id = r.case_file_id
where r.status in ('OPEN', 'PROPOSED') and (cast(null as varchar) is null or w.username = cast(null as varchar))
group by w.username order by w.username;
\echo '--- the head''s dashboard: requests overdue or due soon'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select r.case_file_id, f.file_number, r.register_number, r.type, r.received_on, r.decide_by,
       (select string_agg(w.username, ', ' order by w.username) from sc_case_worker w
        where w.case_file_id = r.case_file_id) as workers
from sc_aid_request r join sc_case_file f on f.id = r.case_file_id
where r.status in ('OPEN', 'PROPOSED') and r.decide_by <= current_date + 5
  and (cast(null as varchar) is null
       or exists (select 1 from sc_case_worker w where w.case_file_id = r.case_file_id
                  and w.username = cast(null as varchar)))
order by r.decide_by, r.id
limit 200;

-- Generated social service volume for bench/socialcases.sh: 100,000 case files with 300,000 requests spread over
-- 40 social workers (the demo's maatschappelijkwerker and 39 generated colleagues), on top of the demo data. Only for
-- the bench database. The mix: 5% of each worker's files have a request under way (received in the last 40 days, so their
-- decision dates run from 10 days ago to 30 days ahead: a quarter overdue); every other request was decided and
-- notified (one in ten forwarded), and 70% of the files without a running request are closed. One file in 25 has a
-- second worker. Names are generated; no national register numbers (nrn_cipher stays empty), and the reasons'
-- ciphertext is a placeholder (lists and dashboards never decrypt it).
\set ON_ERROR_STOP on

CREATE TEMP TABLE bench_file AS
SELECT g,
       CASE WHEN g % 40 = 0 THEN 'maatschappelijkwerker' ELSE 'bench-mw-' || lpad((g % 40)::text, 2, '0') END AS worker,
       current_date - 120 - (g * 7 % 1500) AS opened_on,
       (g / 40) % 20 = 0 AS running,
       (g / 40) % 20 <> 0 AND (g / 40) % 10 < 7 AS closed
FROM generate_series(1, 100000) g;

INSERT INTO sc_case_file (file_number, opened_on, opened_by, status, closed_on, closure_reason, closed_by)
SELECT 'SD-B-' || lpad(g::text, 6, '0'), opened_on, worker,
       CASE WHEN closed THEN 'CLOSED' ELSE 'OPEN' END,
       CASE WHEN closed THEN opened_on + 100 END,
       CASE WHEN closed THEN (ARRAY['GOAL_REACHED', 'CLIENT_REQUEST', 'MOVED', 'NO_CONTACT'])[1 + g % 4] END,
       CASE WHEN closed THEN worker END
FROM bench_file ORDER BY g;

CREATE TEMP TABLE bench_id AS
SELECT b.*, f.id AS file_id FROM bench_file b JOIN sc_case_file f ON f.file_number = 'SD-B-' || lpad(b.g::text, 6, '0');

INSERT INTO sc_case_worker (case_file_id, username)
SELECT file_id, worker FROM bench_id
UNION ALL
SELECT file_id, 'bench-mw-' || lpad(((g + 7) % 40 + 1)::text, 2, '0') FROM bench_id
WHERE g % 25 = 0 AND worker <> 'bench-mw-' || lpad(((g + 7) % 40 + 1)::text, 2, '0');

INSERT INTO sc_household_member (case_file_id, position, relation, first_name, last_name, birth_date, person_key)
SELECT file_id, 0, 'APPLICANT',
       (ARRAY['Mila', 'Jan', 'Fatima', 'Pieter', 'Anouk', 'Mohamed', 'Els', 'Tom', 'Sara', 'Koen'])[1 + g % 10],
       (ARRAY['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet'])[1 + (g / 10) % 10]
           || ' ' || g,
       DATE '1950-01-01' + (g * 37 % 20000),
       sha256(('bench-person-' || g)::bytea)
FROM bench_id;

-- three requests per file: k = 0 and 1 long done; k = 2 done too, or under way in a running file
INSERT INTO sc_aid_request (case_file_id, intake_id, register_number, type, language, received_on, status,
                            forwarded_on, forwarded_to, forward_reasons_cipher, proposed_decision,
                            proposal_reasons_cipher, legal_basis, proposed_on, proposed_by, decided_on, decision,
                            decided_by, notified_on, notification_method)
SELECT file_id, 1000000 + g * 3 + k, 'B-' || g || '-' || k,
       (ARRAY['LEEFLOON', 'FINANCIELE_STEUN', 'HUURWAARBORG', 'MEDISCHE_KAART', 'BUDGETBEGELEIDING',
              'SCHULDBEMIDDELING', 'ANDERE'])[1 + (g + k) % 7],
       'nl', received_on, status,
       CASE WHEN status = 'FORWARDED' THEN received_on + 3 END,
       CASE WHEN status = 'FORWARDED' THEN 'OCMW Elders' END,
       CASE WHEN status = 'FORWARDED' THEN '\x00'::bytea END,
       CASE WHEN status IN ('PROPOSED', 'DECIDED', 'NOTIFIED') THEN CASE WHEN g % 6 = 0 THEN 'REFUSED' ELSE 'GRANTED' END END,
       CASE WHEN status IN ('PROPOSED', 'DECIDED', 'NOTIFIED') THEN '\x00'::bytea END,
       CASE WHEN status IN ('PROPOSED', 'DECIDED', 'NOTIFIED') THEN 'OW_1_57' END,
       CASE WHEN status IN ('PROPOSED', 'DECIDED', 'NOTIFIED') THEN least(received_on + 10, current_date) END,
       CASE WHEN status IN ('PROPOSED', 'DECIDED', 'NOTIFIED') THEN worker END,
       CASE WHEN status IN ('DECIDED', 'NOTIFIED') THEN least(received_on + 20, current_date) END,
       CASE WHEN status IN ('DECIDED', 'NOTIFIED') THEN CASE WHEN g % 6 = 0 THEN 'REFUSED' ELSE 'GRANTED' END END,
       CASE WHEN status IN ('DECIDED', 'NOTIFIED') THEN 'BCSD' END,
       CASE WHEN status = 'NOTIFIED' THEN received_on + 25 END,
       CASE WHEN status = 'NOTIFIED' THEN 'REGISTERED_LETTER' END
FROM (SELECT b.*, k,
             CASE WHEN running AND k = 2 THEN current_date - abs(hashtext('received' || g)) % 40 ELSE opened_on + k * 30 END AS received_on,
             CASE WHEN running AND k = 2 THEN (CASE WHEN abs(hashtext('status' || g)) % 10 < 7 THEN 'OPEN'
                                                    WHEN abs(hashtext('status' || g)) % 10 < 9 THEN 'PROPOSED' ELSE 'DECIDED' END)
                  WHEN (g + k) % 10 = 0 THEN 'FORWARDED'
                  ELSE 'NOTIFIED' END AS status
      FROM bench_id b CROSS JOIN generate_series(0, 2) k) r;

ANALYZE sc_case_file;
ANALYZE sc_case_worker;
ANALYZE sc_household_member;
ANALYZE sc_aid_request;

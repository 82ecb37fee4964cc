-- Generated purchasing volume for bench/purchasing.sh: 50,000 purchase requests (with their shares, and order
-- lines for the ordered ones) and 5,000 contracts, on top of the demo data. Only for the bench database.
\set ON_ERROR_STOP on

INSERT INTO pu_contract (reference, title, kind, supplier_id, category, start_date, end_date, tacit_renewal,
                         renewal_months, notice_months, max_amount, procedure, created_at)
SELECT 'BENCH-' || g,
       'Gegenereerd contract ' || g,
       CASE WHEN g % 3 = 0 THEN 'FRAMEWORK' ELSE 'MAINTENANCE' END,
       (SELECT id FROM pu_supplier ORDER BY id OFFSET (g % (SELECT count(*) FROM pu_supplier)) LIMIT 1),
       (ARRAY['30', '50', '90', '39', '72'])[1 + g % 5],
       current_date - (g % 1500),
       current_date - (g % 1500) + 365 + (g % 900),
       g % 2 = 0,
       CASE WHEN g % 2 = 0 THEN 12 END,
       g % 4,
       10000 + (g % 50) * 5000,
       'ONDERHANDELING_ZONDER_BEKENDMAKING',
       now()
FROM generate_series(1, 5000) g;

INSERT INTO pu_contract_entity (contract_id, legal_entity_code)
SELECT id, CASE WHEN id % 2 = 0 THEN 'GEM' ELSE 'OCMW' END FROM pu_contract WHERE reference LIKE 'BENCH-%';

CREATE TEMP TABLE bench_unit AS SELECT DISTINCT unit_id, unit_name FROM pu_request;

INSERT INTO pu_request (number, title, category, estimated_value, vat_rate, desired_date, justification, unit_id,
                        unit_name, requested_by, requested_on, budget_year, status, proposed_procedure,
                        proposal_reason, procedure, procedure_on, form_token, supplier_id, order_number, ordered_on,
                        contract_id)
SELECT 'BENCH-' || g,
       'Gegenereerde aanvraag ' || g,
       (ARRAY['30', '50', '90', '39', '72', '22', '33'])[1 + g % 7],
       100 + (g % 500) * 37,
       21,
       current_date + 30,
       'Bench',
       u.unit_id,
       u.unit_name,
       'bench',
       current_date - (g % 300),
       extract(year FROM current_date + 30)::int,
       s.status,
       'BEPERKTE_WAARDE',
       'purchasing.proposal.below;€ 1,00;€ 30.000,00;2017-06-30',
       CASE WHEN s.status <> 'SUBMITTED' THEN 'BEPERKTE_WAARDE' END,
       CASE WHEN s.status <> 'SUBMITTED' THEN current_date END,
       gen_random_uuid(),
       CASE WHEN s.status IN ('ORDERED', 'DELIVERED', 'INVOICED') THEN (SELECT min(id) FROM pu_supplier) END,
       CASE WHEN s.status IN ('ORDERED', 'DELIVERED', 'INVOICED') THEN 'BENCH-BB-' || g END,
       CASE WHEN s.status IN ('ORDERED', 'DELIVERED', 'INVOICED') THEN current_date END,
       CASE WHEN s.status IN ('ORDERED', 'DELIVERED', 'INVOICED') AND g % 10 = 0
            THEN (SELECT min(id) FROM pu_contract WHERE reference LIKE 'BENCH-%') + (g / 10) % 5000 END
FROM generate_series(1, 50000) g
CROSS JOIN LATERAL (SELECT (ARRAY['SUBMITTED', 'AWAITING_VISUM', 'AWAITING_APPROVAL', 'APPROVED', 'ORDERED',
                                  'DELIVERED', 'INVOICED', 'REJECTED', 'CANCELLED'])[1 + g % 9] status) s
CROSS JOIN LATERAL (SELECT unit_id, unit_name FROM bench_unit ORDER BY unit_id OFFSET (g % (SELECT count(*) FROM bench_unit)) LIMIT 1) u;

INSERT INTO pu_request_share (request_id, position, legal_entity_code, budget_code_id, amount, percentage, committed, visum)
SELECT r.id, 1, 'GEM',
       (SELECT id FROM pu_budget_code WHERE legal_entity_code = 'GEM' AND budget_year = r.budget_year ORDER BY id LIMIT 1),
       r.estimated_value, 100, r.status NOT IN ('SUBMITTED', 'AWAITING_VISUM'),
       CASE WHEN r.status IN ('SUBMITTED', 'AWAITING_VISUM') THEN 'PENDING' ELSE 'GIVEN' END
FROM pu_request r WHERE r.number LIKE 'BENCH-%';

INSERT INTO pu_order_line (request_id, position, description, quantity, unit_price)
SELECT r.id, 1, 'Gegenereerde regel', 1, r.estimated_value
FROM pu_request r WHERE r.number LIKE 'BENCH-%' AND r.order_number IS NOT NULL;

ANALYZE pu_request; ANALYZE pu_request_share; ANALYZE pu_contract; ANALYZE pu_contract_entity; ANALYZE pu_order_line;

-- Closure of a case file with a reason: when (closed_on), why (closure_reason) and by whom (closed_by).
ALTER TABLE sc_case_file ADD COLUMN closed_by VARCHAR(60);
ALTER TABLE sc_case_file ADD CONSTRAINT sc_case_file_closed_by_check CHECK ((status = 'CLOSED') = (closed_by IS NOT NULL));
ALTER TABLE sc_case_file ADD CONSTRAINT sc_case_file_closure_reason_check CHECK (closure_reason IS NULL
    OR closure_reason IN ('GOAL_REACHED', 'CLIENT_REQUEST', 'MOVED', 'DECEASED', 'NO_CONTACT', 'OTHER'));

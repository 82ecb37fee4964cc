-- Follow-up of a case file: review dates set by its worker or the head, and the yearly home visit (KB 1 Dec 2013:
-- a home visit when the file opens and at least once a year after). What to review may describe the person's
-- situation: encrypted by the application like the other texts (subject_cipher).
CREATE TABLE sc_follow_up (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_file_id   BIGINT       NOT NULL REFERENCES sc_case_file (id) ON DELETE CASCADE,
    kind           VARCHAR(12)  NOT NULL,
    due_on         DATE         NOT NULL,
    subject_cipher BYTEA,
    created_on     DATE         NOT NULL,
    created_by     VARCHAR(60)  NOT NULL,
    status         VARCHAR(10)  NOT NULL DEFAULT 'OPEN',
    done_on        DATE,
    done_by        VARCHAR(60),
    CONSTRAINT sc_follow_up_kind_check CHECK (kind IN ('REVIEW', 'HOME_VISIT')),
    -- DONE: marked done; CLOSED: closed together with its file
    CONSTRAINT sc_follow_up_status_check CHECK (status IN ('OPEN', 'DONE', 'CLOSED')),
    CONSTRAINT sc_follow_up_done_check CHECK ((status = 'OPEN') = (done_on IS NULL AND done_by IS NULL)
        AND (done_on IS NULL OR done_on BETWEEN DATE '2000-01-01' AND DATE '2100-12-31')),
    CONSTRAINT sc_follow_up_subject_check CHECK ((kind = 'REVIEW') = (subject_cipher IS NOT NULL)),
    CONSTRAINT sc_follow_up_due_check CHECK (due_on BETWEEN DATE '2000-01-01' AND DATE '2100-12-31'
        AND created_on BETWEEN DATE '2000-01-01' AND DATE '2100-12-31'
        -- a review date lies between the day it was set and two years later
        AND (kind <> 'REVIEW' OR due_on BETWEEN created_on AND created_on + INTERVAL '2 years'))
);
CREATE INDEX sc_follow_up_file_idx ON sc_follow_up (case_file_id);
-- the dashboard and the digest: open reminders by due date
CREATE INDEX sc_follow_up_open_idx ON sc_follow_up (due_on, case_file_id) WHERE status = 'OPEN';

ALTER TABLE sc_case_file ADD COLUMN last_home_visit_on DATE,
    ADD CONSTRAINT sc_case_file_home_visit_check CHECK (last_home_visit_on IS NULL
        OR last_home_visit_on BETWEEN DATE '2000-01-01' AND DATE '2100-12-31');

-- files opened before reminders existed get their yearly home visit, due a year after opening
INSERT INTO sc_follow_up (case_file_id, kind, due_on, created_on, created_by)
SELECT id, 'HOME_VISIT', opened_on + INTERVAL '1 year', opened_on, opened_by FROM sc_case_file WHERE status = 'OPEN';

-- Retention: a closed file past the retention period is anonymised once the DPO approves. Its personal data is
-- erased; what the management figures count (request types, dates, decisions) stays. See Anonymisation.java.
ALTER TABLE sc_case_file ADD COLUMN anonymised_on DATE,
    ADD COLUMN anonymised_by VARCHAR(60),
    ADD CONSTRAINT sc_case_file_anonymised_check CHECK ((anonymised_on IS NULL) = (anonymised_by IS NULL)
        AND (anonymised_on IS NULL OR (status = 'CLOSED' AND anonymised_on >= closed_on)));
CREATE INDEX sc_case_file_closed_idx ON sc_case_file (closed_on) WHERE status = 'CLOSED' AND anonymised_on IS NULL;

-- an anonymised member keeps the relation and the birth year only
ALTER TABLE sc_household_member ALTER COLUMN first_name DROP NOT NULL,
    ALTER COLUMN last_name DROP NOT NULL,
    ALTER COLUMN person_key DROP NOT NULL,
    ADD COLUMN birth_year INT,
    ADD CONSTRAINT sc_member_birth_year_check CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
    ADD CONSTRAINT sc_member_erased_check CHECK ((first_name IS NULL) = (last_name IS NULL)
        AND (first_name IS NULL) = (person_key IS NULL)
        AND (first_name IS NOT NULL OR (birth_date IS NULL AND nrn_cipher IS NULL)));

-- an erased request keeps its type, dates, decision, legal basis and amount; its texts about the person are gone
ALTER TABLE sc_aid_request ADD COLUMN erased BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE sc_aid_request DROP CONSTRAINT sc_aid_request_forwarded_check;
ALTER TABLE sc_aid_request DROP CONSTRAINT sc_aid_request_proposal_check;
ALTER TABLE sc_aid_request
    ADD CONSTRAINT sc_aid_request_forwarded_check CHECK ((status = 'FORWARDED') = (forwarded_on IS NOT NULL)
        AND (forwarded_on IS NULL OR (forwarded_on >= received_on AND forwarded_to IS NOT NULL
            AND (forward_reasons_cipher IS NOT NULL OR erased)))),
    ADD CONSTRAINT sc_aid_request_proposal_check CHECK ((status IN ('PROPOSED', 'DECIDED', 'NOTIFIED')) = (proposed_decision IS NOT NULL
        AND (proposal_reasons_cipher IS NOT NULL OR erased) AND legal_basis IS NOT NULL AND proposed_on IS NOT NULL)),
    ADD CONSTRAINT sc_aid_request_erased_check CHECK (NOT erased OR (forward_reasons_cipher IS NULL
        AND proposal_reasons_cipher IS NULL AND hearing_outcome_cipher IS NULL AND hearing_place IS NULL));

-- the DPO still sees who broke the glass and when; the written reason goes with the file's personal data
ALTER TABLE sc_break_glass ALTER COLUMN reason_cipher DROP NOT NULL;

-- the intake a request came from holds the person's data in clear: erased with the file
ALTER TABLE sc_intake ALTER COLUMN first_name DROP NOT NULL,
    ALTER COLUMN last_name DROP NOT NULL,
    ADD COLUMN anonymised_on DATE,
    ADD CONSTRAINT sc_intake_anonymised_check CHECK (anonymised_on IS NOT NULL
        OR (first_name IS NOT NULL AND last_name IS NOT NULL));

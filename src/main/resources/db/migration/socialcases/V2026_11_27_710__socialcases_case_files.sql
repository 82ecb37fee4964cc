-- Case files (one per household), their members and requests, with the legal clock of each request.
-- Personal data that identifies or describes a person's situation is encrypted by the application (AES-GCM,
-- Google Tink): *_cipher columns hold ciphertext only; person_key is a keyed hash (HMAC) for look-up.
CREATE SEQUENCE sc_case_file_number_seq;

CREATE TABLE sc_case_file (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_number    VARCHAR(20)  NOT NULL,
    opened_on      DATE         NOT NULL,
    opened_by      VARCHAR(60)  NOT NULL,
    status         VARCHAR(10)  NOT NULL DEFAULT 'OPEN',
    closed_on      DATE,
    closure_reason VARCHAR(30),
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT sc_case_file_number_uk UNIQUE (file_number),
    CONSTRAINT sc_case_file_status_check CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT sc_case_file_opened_check CHECK (opened_on BETWEEN DATE '2000-01-01' AND DATE '2100-12-31'),
    CONSTRAINT sc_case_file_closed_check CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL AND closure_reason IS NOT NULL)
        AND (closed_on IS NULL OR closed_on >= opened_on))
);

CREATE TABLE sc_household_member (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_file_id    BIGINT       NOT NULL REFERENCES sc_case_file (id) ON DELETE CASCADE,
    position        INT          NOT NULL,
    relation        VARCHAR(20)  NOT NULL,
    first_name      VARCHAR(100) NOT NULL,
    last_name       VARCHAR(100) NOT NULL,
    birth_date      DATE,
    nrn_cipher      BYTEA,
    person_key      BYTEA        NOT NULL,
    CONSTRAINT sc_member_relation_check CHECK (relation IN ('APPLICANT', 'PARTNER', 'CHILD', 'PARENT', 'OTHER')),
    CONSTRAINT sc_member_birth_check CHECK (birth_date IS NULL OR birth_date BETWEEN DATE '1900-01-01' AND DATE '2100-12-31')
);
-- a person belongs to one household file: the look-up key finds it
CREATE UNIQUE INDEX sc_member_person_key_uk ON sc_household_member (person_key);
CREATE INDEX sc_member_file_idx ON sc_household_member (case_file_id);

CREATE TABLE sc_case_worker (
    case_file_id BIGINT      NOT NULL REFERENCES sc_case_file (id) ON DELETE CASCADE,
    username     VARCHAR(60) NOT NULL,
    PRIMARY KEY (case_file_id, username)
);
CREATE INDEX sc_case_worker_user_idx ON sc_case_worker (username, case_file_id);

-- A request (aanvraag): its own clock, all dates counted from the receipt date and never moved.
CREATE TABLE sc_aid_request (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_file_id     BIGINT       NOT NULL REFERENCES sc_case_file (id) ON DELETE CASCADE,
    intake_id        BIGINT       NOT NULL,
    register_number  VARCHAR(20)  NOT NULL,
    type             VARCHAR(30)  NOT NULL,
    language         VARCHAR(10),
    received_on      DATE         NOT NULL,
    forward_by       DATE GENERATED ALWAYS AS (received_on + 5) STORED,
    decide_by        DATE GENERATED ALWAYS AS (received_on + 30) STORED,
    status           VARCHAR(12)  NOT NULL DEFAULT 'OPEN',
    forwarded_on     DATE,
    forwarded_to     VARCHAR(200),
    forward_reasons_cipher BYTEA,
    decided_on       DATE,
    decision         VARCHAR(10),
    notified_on      DATE,
    notification_method VARCHAR(20),
    CONSTRAINT sc_aid_request_intake_uk UNIQUE (intake_id),
    CONSTRAINT sc_aid_request_type_check CHECK (type IN ('LEEFLOON', 'FINANCIELE_STEUN', 'HUURWAARBORG', 'MEDISCHE_KAART',
        'BUDGETBEGELEIDING', 'SCHULDBEMIDDELING', 'ANDERE')),
    CONSTRAINT sc_aid_request_status_check CHECK (status IN ('OPEN', 'FORWARDED', 'DECIDED', 'NOTIFIED')),
    CONSTRAINT sc_aid_request_received_check CHECK (received_on BETWEEN DATE '2000-01-01' AND DATE '2100-12-31'),
    CONSTRAINT sc_aid_request_forwarded_check CHECK ((status = 'FORWARDED') = (forwarded_on IS NOT NULL)
        AND (forwarded_on IS NULL OR (forwarded_on >= received_on AND forwarded_to IS NOT NULL AND forward_reasons_cipher IS NOT NULL))),
    CONSTRAINT sc_aid_request_decided_check CHECK ((status IN ('DECIDED', 'NOTIFIED')) = (decided_on IS NOT NULL AND decision IS NOT NULL)
        AND (decided_on IS NULL OR decided_on >= received_on)),
    CONSTRAINT sc_aid_request_decision_check CHECK (decision IS NULL OR decision IN ('GRANTED', 'REFUSED')),
    CONSTRAINT sc_aid_request_notified_check CHECK ((status = 'NOTIFIED') = (notified_on IS NOT NULL AND notification_method IS NOT NULL)
        AND (notified_on IS NULL OR notified_on >= decided_on)),
    CONSTRAINT sc_aid_request_method_check CHECK (notification_method IS NULL OR notification_method IN ('REGISTERED_LETTER', 'AGAINST_RECEIPT'))
);
CREATE INDEX sc_aid_request_file_idx ON sc_aid_request (case_file_id);
-- the deadline dashboard: open requests by their decision date
CREATE INDEX sc_aid_request_open_idx ON sc_aid_request (decide_by, case_file_id) WHERE status IN ('OPEN', 'PROPOSED');

-- Every read of a file, letter, document or note: who, which file, what, when and why. Written in the transaction
-- of the read. Break-the-glass reads carry the written reason (encrypted) and are flagged for the DPO.
CREATE TABLE sc_access_log (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    read_at       TIMESTAMPTZ  NOT NULL,
    username      VARCHAR(60)  NOT NULL,
    case_file_id  BIGINT       NOT NULL,
    what          VARCHAR(20)  NOT NULL,
    detail        VARCHAR(200),
    purpose       VARCHAR(20)  NOT NULL,
    CONSTRAINT sc_access_log_what_check CHECK (what IN ('FILE', 'LETTER', 'DOCUMENT', 'NOTE')),
    CONSTRAINT sc_access_log_purpose_check CHECK (purpose IN ('ASSIGNED', 'HEAD', 'BREAK_GLASS', 'BCSD'))
);
CREATE INDEX sc_access_log_file_idx ON sc_access_log (case_file_id, read_at DESC);
CREATE INDEX sc_access_log_user_idx ON sc_access_log (username, read_at DESC);

-- A social worker who is not assigned opened the file anyway, with a written reason (valid for that day).
CREATE TABLE sc_break_glass (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_file_id  BIGINT       NOT NULL REFERENCES sc_case_file (id) ON DELETE CASCADE,
    username      VARCHAR(60)  NOT NULL,
    opened_at     TIMESTAMPTZ  NOT NULL,
    valid_on      DATE         NOT NULL,
    reason_cipher BYTEA        NOT NULL,
    CONSTRAINT sc_break_glass_uk UNIQUE (case_file_id, username, valid_on)
);

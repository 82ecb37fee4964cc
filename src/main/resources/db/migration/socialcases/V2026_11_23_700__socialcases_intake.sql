-- The social service's intake inbox: one row per social-aid request the front desk registered.
-- request_id is the front desk's identifier: unique, so a redelivered event never creates a second intake.
CREATE TABLE sc_intake (
    id                       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id               UUID          NOT NULL,
    register_number          VARCHAR(20)   NOT NULL,
    requested_at             TIMESTAMP     NOT NULL, -- local time of the municipality, as on the receipt
    decision_deadline        DATE          NOT NULL,
    first_name               VARCHAR(100)  NOT NULL,
    last_name                VARCHAR(100)  NOT NULL,
    birth_date               DATE,
    national_register_number CHAR(11),
    phone                    VARCHAR(40),
    email                    VARCHAR(254),
    address                  VARCHAR(300),
    language                 VARCHAR(10),
    type                     VARCHAR(30)   NOT NULL,
    description              VARCHAR(4000),
    registered_by            VARCHAR(60)   NOT NULL,
    status                   VARCHAR(10)   NOT NULL DEFAULT 'NEW',
    assigned_to              VARCHAR(60),
    taken_at                 TIMESTAMPTZ,
    received_at              TIMESTAMPTZ   NOT NULL,
    version                  BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT sc_intake_request_id_uk UNIQUE (request_id),
    CONSTRAINT sc_intake_type_check CHECK (type IN ('LEEFLOON', 'FINANCIELE_STEUN', 'HUURWAARBORG', 'MEDISCHE_KAART',
        'BUDGETBEGELEIDING', 'SCHULDBEMIDDELING', 'ANDERE')),
    CONSTRAINT sc_intake_status_check CHECK (status IN ('NEW', 'TAKEN')),
    -- taken in charge means: by someone, at some time; a new intake has neither
    CONSTRAINT sc_intake_taken_check CHECK ((status = 'TAKEN') = (assigned_to IS NOT NULL AND taken_at IS NOT NULL)),
    CONSTRAINT sc_intake_deadline_check CHECK (decision_deadline >= requested_at::date),
    -- eleven digits whose last two are 97 - (first nine mod 97), computed over 2 || nine digits from birth year 2000
    CONSTRAINT sc_intake_nrn_check CHECK (national_register_number IS NULL OR (
        national_register_number ~ '^[0-9]{11}$'
        AND (97 - (substr(national_register_number, 1, 9)::bigint % 97) = substr(national_register_number, 10, 2)::int
          OR 97 - ((2000000000 + substr(national_register_number, 1, 9)::bigint) % 97) = substr(national_register_number, 10, 2)::int)))
);
-- the inbox: newest first, usually filtered by status
CREATE INDEX sc_intake_inbox_idx ON sc_intake (status, requested_at DESC, id DESC);
CREATE INDEX sc_intake_requested_idx ON sc_intake (requested_at DESC, id DESC);

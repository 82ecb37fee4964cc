-- The front desk's registers. Register numbers are chronological and gapless: one counter row per register and
-- year, incremented in the same transaction that writes the entry, so a rolled-back registration gives its
-- number back and concurrent registrations queue on the row lock instead of sharing a number.
CREATE TABLE fd_register_counter (
    register     VARCHAR(30) NOT NULL,
    year         INT         NOT NULL,
    last_number  INT         NOT NULL CHECK (last_number > 0),
    PRIMARY KEY (register, year)
);

-- Visitor routing log: where a visitor, caller or e-mail was sent, for what. No personal data.
CREATE TABLE fd_contact (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at         TIMESTAMPTZ  NOT NULL,
    channel             VARCHAR(10)  NOT NULL CHECK (channel IN ('DESK', 'PHONE', 'EMAIL')),
    task_id             BIGINT,
    task_name           VARCHAR(200),
    service_point_id    BIGINT,
    -- the name at the time, so the statistics keep it when a service point is renamed or retired
    service_point_name  VARCHAR(200),
    question            VARCHAR(300),
    registered_by       VARCHAR(60)  NOT NULL,
    form_token          UUID         NOT NULL,
    CONSTRAINT fd_contact_says_something CHECK (service_point_id IS NOT NULL OR task_id IS NOT NULL
        OR length(trim(question)) > 0),
    CONSTRAINT fd_contact_named_point CHECK (service_point_id IS NULL OR service_point_name IS NOT NULL)
);
CREATE UNIQUE INDEX fd_contact_form_token_uk ON fd_contact (form_token);
CREATE INDEX fd_contact_occurred_idx ON fd_contact (occurred_at);

-- The legal same-day register of social-aid requests (aanvragen tot maatschappelijke dienstverlening). The
-- front desk keeps what the receipt needs; the social service's own file lives in the socialcases module.
CREATE TABLE fd_social_aid_request (
    id                        UUID         PRIMARY KEY,
    register_year             INT          NOT NULL,
    register_seq              INT          NOT NULL CHECK (register_seq > 0),
    register_number           VARCHAR(20)  NOT NULL,
    -- wall-clock time in the municipality's zone, as written on the receipt
    requested_at              TIMESTAMP    NOT NULL,
    decision_deadline         DATE         NOT NULL,
    first_name                VARCHAR(80)  NOT NULL CHECK (length(trim(first_name)) > 0),
    last_name                 VARCHAR(80)  NOT NULL CHECK (length(trim(last_name)) > 0),
    birth_date                DATE,
    national_register_number  CHAR(11)     CHECK (national_register_number ~ '^[0-9]{11}$'),
    phone                     VARCHAR(40),
    email                     VARCHAR(200),
    address                   VARCHAR(300),
    language                  VARCHAR(5)   NOT NULL CHECK (language IN ('nl', 'fr', 'en', 'de', 'ar', 'tr', 'other')),
    type                      VARCHAR(20)  NOT NULL CHECK (type IN ('LEEFLOON', 'FINANCIELE_STEUN', 'HUURWAARBORG',
        'MEDISCHE_KAART', 'BUDGETBEGELEIDING', 'SCHULDBEMIDDELING', 'ANDERE')),
    description               VARCHAR(500),
    registered_by             VARCHAR(60)  NOT NULL,
    registered_at             TIMESTAMPTZ  NOT NULL,
    form_token                UUID         NOT NULL,
    CONSTRAINT fd_social_aid_deadline CHECK (decision_deadline = (requested_at::date + 30)),
    CONSTRAINT fd_social_aid_number_year CHECK (register_year = extract(year FROM requested_at))
);
CREATE UNIQUE INDEX fd_social_aid_number_uk ON fd_social_aid_request (register_number);
CREATE UNIQUE INDEX fd_social_aid_seq_uk ON fd_social_aid_request (register_year, register_seq);
CREATE UNIQUE INDEX fd_social_aid_form_token_uk ON fd_social_aid_request (form_token);
CREATE INDEX fd_social_aid_requested_idx ON fd_social_aid_request (requested_at DESC);

-- Incoming mail register: one numbering per legal entity and year. unit_id is an organogram unit (by id: the
-- organisation module owns that table).
CREATE TABLE fd_mail (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    legal_entity     VARCHAR(12)  NOT NULL REFERENCES legal_entity (code),
    register_year    INT          NOT NULL,
    register_seq     INT          NOT NULL CHECK (register_seq > 0),
    register_number  VARCHAR(30)  NOT NULL,
    received_on      DATE         NOT NULL,
    sender           VARCHAR(200) NOT NULL CHECK (length(trim(sender)) > 0),
    subject          VARCHAR(300) NOT NULL CHECK (length(trim(subject)) > 0),
    channel          VARCHAR(10)  NOT NULL CHECK (channel IN ('POST', 'EMAIL', 'HAND')),
    scan_reference   VARCHAR(100),
    unit_id          BIGINT       NOT NULL,
    registered_by    VARCHAR(60)  NOT NULL,
    registered_at    TIMESTAMPTZ  NOT NULL,
    taken_over_by    VARCHAR(60),
    taken_over_at    TIMESTAMPTZ,
    version          BIGINT       NOT NULL DEFAULT 0,
    form_token       UUID         NOT NULL,
    CONSTRAINT fd_mail_taken_over CHECK ((taken_over_by IS NULL) = (taken_over_at IS NULL))
);
CREATE UNIQUE INDEX fd_mail_number_uk ON fd_mail (register_number);
CREATE UNIQUE INDEX fd_mail_seq_uk ON fd_mail (legal_entity, register_year, register_seq);
CREATE UNIQUE INDEX fd_mail_form_token_uk ON fd_mail (form_token);
CREATE INDEX fd_mail_unit_idx ON fd_mail (unit_id, taken_over_at);

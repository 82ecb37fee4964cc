-- Central purchasing for every legal entity. Other modules' data is referred to by value: legal entities by
-- their code, organisational units and buildings by id, never by a foreign key across modules.

CREATE TABLE pu_supplier (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name               VARCHAR(200) NOT NULL CHECK (length(trim(name)) > 0),
    -- KBO: ten digits with the mod-97 check (the same rule as legal_entity)
    enterprise_number  VARCHAR(10)  NOT NULL CHECK (enterprise_number ~ '^[01][0-9]{9}$'
        AND 97 - (substr(enterprise_number, 1, 8)::bigint % 97) = substr(enterprise_number, 9, 2)::int),
    vat_number         VARCHAR(14)  CHECK (vat_number ~ '^[A-Z]{2}[0-9A-Z]{2,12}$'),
    iban               VARCHAR(34)  NOT NULL CHECK (iban ~ '^[A-Z]{2}[0-9]{2}[0-9A-Z]{10,30}$'),
    street             VARCHAR(150) NOT NULL,
    house_number       VARCHAR(20)  NOT NULL,
    postal_code        VARCHAR(10)  NOT NULL,
    city               VARCHAR(100) NOT NULL,
    country            VARCHAR(2)   NOT NULL DEFAULT 'BE',
    contact_name       VARCHAR(150),
    contact_email      VARCHAR(200),
    contact_phone      VARCHAR(40),
    version            BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX pu_supplier_enterprise_number_uk ON pu_supplier (enterprise_number);

-- BBC budget codes: budgetary entity (legal entity), year, algemene rekening, beleidsveld, optional actie.
CREATE TABLE pu_budget_code (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    legal_entity_code  VARCHAR(12)   NOT NULL,
    budget_year        INT           NOT NULL CHECK (budget_year BETWEEN 2020 AND 2100),
    account            VARCHAR(10)   NOT NULL CHECK (account ~ '^[0-9]{4,10}$'),
    policy_field       VARCHAR(6)    NOT NULL CHECK (policy_field ~ '^[0-9]{4}$'),
    action             VARCHAR(20)   NOT NULL DEFAULT '' CHECK (action ~ '^[A-Za-z0-9./-]{0,20}$'),
    description        VARCHAR(200)  NOT NULL CHECK (length(trim(description)) > 0),
    credit             NUMERIC(14,2) NOT NULL CHECK (credit >= 0 AND credit < 1000000000),
    version            BIGINT        NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX pu_budget_code_uk ON pu_budget_code (legal_entity_code, budget_year, account, policy_field, action);

-- The thresholds of the procurement law: data with a validity period, never a constant.
CREATE TABLE pu_threshold (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind               VARCHAR(60)   NOT NULL CHECK (kind IN ('BEPERKTE_WAARDE', 'ONDERHANDELING_ZONDER_BEKENDMAKING',
        'EUROPESE_BEKENDMAKING_LEVERINGEN_DIENSTEN', 'EUROPESE_BEKENDMAKING_WERKEN')),
    limit_amount       NUMERIC(14,2) NOT NULL CHECK (limit_amount > 0),
    valid_from         DATE          NOT NULL CHECK (valid_from BETWEEN DATE '2010-01-01' AND DATE '2100-12-31'),
    valid_to           DATE          CHECK (valid_to > valid_from AND valid_to <= DATE '2100-12-31'),
    source             VARCHAR(300)  NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pu_threshold_no_overlap EXCLUDE USING gist (kind WITH =,
        daterange(valid_from, valid_to) WITH &&)
);

-- Who may decide on a purchase, per legal entity, up to an amount, from a council decision.
CREATE TABLE pu_delegation (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body               VARCHAR(30)   NOT NULL CHECK (body IN ('ALGEMEEN_DIRECTEUR', 'COLLEGE', 'VAST_BUREAU',
        'GEMEENTERAAD', 'RAAD_MAATSCHAPPELIJK_WELZIJN')),
    legal_entity_code  VARCHAR(12)   NOT NULL,
    up_to_amount       NUMERIC(14,2) CHECK (up_to_amount > 0),
    valid_from         DATE          NOT NULL CHECK (valid_from BETWEEN DATE '2010-01-01' AND DATE '2100-12-31'),
    valid_to           DATE          CHECK (valid_to > valid_from AND valid_to <= DATE '2100-12-31'),
    decision_reference VARCHAR(100)  NOT NULL CHECK (length(trim(decision_reference)) > 0),
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pu_delegation_no_overlap EXCLUDE USING gist (body WITH =, legal_entity_code WITH =,
        daterange(valid_from, valid_to) WITH &&)
);

-- The council's exemption from the financial director's visum, per entity, up to an amount, dated.
CREATE TABLE pu_visum_exemption (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    legal_entity_code  VARCHAR(12)   NOT NULL,
    up_to_amount       NUMERIC(14,2) NOT NULL CHECK (up_to_amount > 0),
    valid_from         DATE          NOT NULL CHECK (valid_from BETWEEN DATE '2010-01-01' AND DATE '2100-12-31'),
    valid_to           DATE          CHECK (valid_to > valid_from AND valid_to <= DATE '2100-12-31'),
    decision_reference VARCHAR(100)  NOT NULL CHECK (length(trim(decision_reference)) > 0),
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pu_visum_exemption_no_overlap EXCLUDE USING gist (legal_entity_code WITH =,
        daterange(valid_from, valid_to) WITH &&)
);

-- Where suppliers send the invoice for each legal entity (the entity's own data, kept by purchasing).
CREATE TABLE pu_invoice_address (
    legal_entity_code  VARCHAR(12)  PRIMARY KEY,
    address            VARCHAR(300) NOT NULL CHECK (length(trim(address)) > 0),
    email              VARCHAR(200),
    version            BIGINT       NOT NULL DEFAULT 0
);

-- Gapless numbers per series (requests per year, orders per entity and year).
CREATE TABLE pu_counter (
    series       VARCHAR(30) NOT NULL,
    year         INT         NOT NULL,
    last_number  INT         NOT NULL CHECK (last_number > 0),
    PRIMARY KEY (series, year)
);

CREATE TABLE pu_contract (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference          VARCHAR(30)   NOT NULL,
    title              VARCHAR(200)  NOT NULL CHECK (length(trim(title)) > 0),
    kind               VARCHAR(20)   NOT NULL CHECK (kind IN ('FRAMEWORK', 'MAINTENANCE')),
    supplier_id        BIGINT        NOT NULL REFERENCES pu_supplier (id),
    category           VARCHAR(2)    NOT NULL CHECK (category ~ '^[0-9]{2}$'),
    start_date         DATE          NOT NULL CHECK (start_date BETWEEN DATE '2000-01-01' AND DATE '2100-12-31'),
    end_date           DATE          NOT NULL CHECK (end_date > start_date AND end_date <= DATE '2100-12-31'),
    tacit_renewal      BOOLEAN       NOT NULL DEFAULT FALSE,
    renewal_months     INT           CHECK (renewal_months BETWEEN 1 AND 60),
    notice_months      INT           NOT NULL CHECK (notice_months BETWEEN 0 AND 60),
    max_amount         NUMERIC(14,2) NOT NULL CHECK (max_amount > 0 AND max_amount < 1000000000),
    procedure          VARCHAR(40)   NOT NULL,
    long_justification VARCHAR(2000),
    created_at         TIMESTAMPTZ   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pu_contract_renewal CHECK (tacit_renewal = (renewal_months IS NOT NULL))
);
CREATE UNIQUE INDEX pu_contract_reference_uk ON pu_contract (reference);
CREATE INDEX pu_contract_end_idx ON pu_contract (end_date);

CREATE TABLE pu_contract_entity (
    contract_id        BIGINT      NOT NULL REFERENCES pu_contract (id) ON DELETE CASCADE,
    legal_entity_code  VARCHAR(12) NOT NULL,
    PRIMARY KEY (contract_id, legal_entity_code)
);

CREATE TABLE pu_request (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number               VARCHAR(20)   NOT NULL,
    title                VARCHAR(200)  NOT NULL CHECK (length(trim(title)) > 0),
    category             VARCHAR(2)    NOT NULL CHECK (category ~ '^[0-9]{2}$'),
    estimated_value      NUMERIC(14,2) NOT NULL CHECK (estimated_value > 0 AND estimated_value < 1000000000),
    vat_rate             NUMERIC(4,2)  NOT NULL CHECK (vat_rate IN (0, 6, 12, 21)),
    desired_date         DATE          NOT NULL CHECK (desired_date BETWEEN DATE '2020-01-01' AND DATE '2100-12-31'),
    justification        VARCHAR(2000) NOT NULL CHECK (length(trim(justification)) > 0),
    unit_id              BIGINT        NOT NULL,
    unit_name            VARCHAR(200)  NOT NULL,
    requested_by         VARCHAR(60)   NOT NULL,
    requested_on         DATE          NOT NULL CHECK (requested_on BETWEEN DATE '2020-01-01' AND DATE '2100-12-31'),
    budget_year          INT           NOT NULL CHECK (budget_year BETWEEN 2020 AND 2100),
    status               VARCHAR(30)   NOT NULL CHECK (status IN ('SUBMITTED', 'AWAITING_VISUM', 'AWAITING_APPROVAL',
        'APPROVED', 'ORDERED', 'DELIVERED', 'INVOICED', 'REJECTED', 'CANCELLED')),
    proposed_procedure   VARCHAR(40),
    proposal_reason      VARCHAR(400),
    procedure            VARCHAR(40),
    procedure_on         DATE          CHECK (procedure_on BETWEEN DATE '2020-01-01' AND DATE '2100-12-31'),
    split_flag           BOOLEAN       NOT NULL DEFAULT FALSE,
    split_reason         VARCHAR(400),
    split_justification  VARCHAR(2000),
    contract_id          BIGINT        REFERENCES pu_contract (id),
    supplier_id          BIGINT        REFERENCES pu_supplier (id),
    order_number         VARCHAR(30),
    ordered_on           DATE          CHECK (ordered_on BETWEEN DATE '2020-01-01' AND DATE '2100-12-31'),
    delivery_building_id BIGINT,
    delivery_address     VARCHAR(300),
    delivered_on         DATE          CHECK (delivered_on BETWEEN DATE '2020-01-01' AND DATE '2100-12-31'),
    closing_remark       VARCHAR(1000),
    form_token           UUID          NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pu_request_split_justified CHECK (NOT split_flag OR procedure IS NULL OR split_justification IS NOT NULL),
    CONSTRAINT pu_request_ordered CHECK (status NOT IN ('ORDERED', 'DELIVERED', 'INVOICED')
        OR (order_number IS NOT NULL AND supplier_id IS NOT NULL AND ordered_on IS NOT NULL))
);
CREATE UNIQUE INDEX pu_request_number_uk ON pu_request (number);
CREATE UNIQUE INDEX pu_request_order_number_uk ON pu_request (order_number);
CREATE UNIQUE INDEX pu_request_form_token_uk ON pu_request (form_token);
CREATE INDEX pu_request_status_idx ON pu_request (status, id DESC);
CREATE INDEX pu_request_unit_idx ON pu_request (unit_id, id DESC);
CREATE INDEX pu_request_contract_idx ON pu_request (contract_id) WHERE contract_id IS NOT NULL;

-- Who pays: one share per legal entity, each on a budget code of its own entity and year, with its own
-- commitment, visum and approval.
CREATE TABLE pu_request_share (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id         BIGINT        NOT NULL REFERENCES pu_request (id) ON DELETE CASCADE,
    position           INT           NOT NULL,
    legal_entity_code  VARCHAR(12)   NOT NULL,
    budget_code_id     BIGINT        NOT NULL REFERENCES pu_budget_code (id),
    amount             NUMERIC(14,2) NOT NULL CHECK (amount > 0),
    percentage         NUMERIC(5,2)  CHECK (percentage > 0 AND percentage <= 100),
    to_council         BOOLEAN       NOT NULL DEFAULT FALSE,
    committed          BOOLEAN       NOT NULL DEFAULT FALSE,
    visum              VARCHAR(20)   NOT NULL DEFAULT 'PENDING' CHECK (visum IN ('PENDING', 'EXEMPT', 'GIVEN',
        'CONDITIONAL', 'REFUSED')),
    visum_remark       VARCHAR(1000),
    visum_by           VARCHAR(60),
    visum_on           DATE          CHECK (visum_on BETWEEN DATE '2020-01-01' AND DATE '2100-12-31'),
    body               VARCHAR(30),
    approved_by        VARCHAR(60),
    decision_date      DATE          CHECK (decision_date BETWEEN DATE '2020-01-01' AND DATE '2100-12-31'),
    decision_number    VARCHAR(40),
    CONSTRAINT pu_share_conditional_remark CHECK (visum <> 'CONDITIONAL' OR visum_remark IS NOT NULL),
    UNIQUE (request_id, legal_entity_code)
);
CREATE INDEX pu_request_share_budget_idx ON pu_request_share (budget_code_id);
CREATE INDEX pu_request_share_entity_idx ON pu_request_share (legal_entity_code);

CREATE TABLE pu_order_line (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id         BIGINT        NOT NULL REFERENCES pu_request (id) ON DELETE CASCADE,
    position           INT           NOT NULL,
    description        VARCHAR(300)  NOT NULL CHECK (length(trim(description)) > 0),
    quantity           NUMERIC(12,2) NOT NULL CHECK (quantity > 0 AND quantity < 1000000),
    unit_price         NUMERIC(14,2) NOT NULL CHECK (unit_price >= 0 AND unit_price < 1000000000),
    received_quantity  NUMERIC(12,2) CHECK (received_quantity >= 0 AND received_quantity < 1000000)
);

CREATE TABLE pu_invoice (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id         BIGINT        NOT NULL REFERENCES pu_request (id) ON DELETE CASCADE,
    position           INT           NOT NULL,
    supplier_reference VARCHAR(60)   NOT NULL CHECK (length(trim(supplier_reference)) > 0),
    invoice_date       DATE          NOT NULL CHECK (invoice_date BETWEEN DATE '2020-01-01' AND DATE '2100-12-31'),
    amount             NUMERIC(14,2) NOT NULL CHECK (amount > 0 AND amount < 1000000000),
    registered_by      VARCHAR(60)   NOT NULL
);

-- The common organogram of gemeente and OCMW. Everything that changes over time has a validity period
-- [valid_from, valid_to) with valid_to NULL for "until further notice". Exclusion constraints keep periods of
-- the same thing from overlapping, so "as of a date" always has exactly one answer.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE org_unit (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        VARCHAR(20) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT org_unit_code_format CHECK (code ~ '^[A-Z][A-Z0-9-]{1,19}$')
);
CREATE UNIQUE INDEX org_unit_code_uk ON org_unit (code);

-- What a unit is during a period: name, type, place in the tree and the legal entities it works for.
-- A dated change closes one period and opens the next; a correction updates a period in place.
CREATE TABLE org_unit_period (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id          BIGINT       NOT NULL REFERENCES org_unit (id),
    valid_from       DATE         NOT NULL,
    valid_to         DATE,
    name             VARCHAR(150) NOT NULL CHECK (length(trim(name)) > 0),
    type             VARCHAR(20)  NOT NULL CHECK (type IN ('DIRECTIE', 'CLUSTER', 'AFDELING', 'DIENST', 'TEAM')),
    parent_id        BIGINT REFERENCES org_unit (id),
    description      VARCHAR(2000),
    legal_entities   VARCHAR(12)[] NOT NULL CHECK (cardinality(legal_entities) > 0),
    contact_email    VARCHAR(200),
    contact_phone    VARCHAR(40),
    reorganisation_id BIGINT,
    recorded_at      TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT org_unit_period_order CHECK (valid_to IS NULL OR valid_to > valid_from),
    CONSTRAINT org_unit_period_not_own_parent CHECK (parent_id IS NULL OR parent_id <> unit_id),
    CONSTRAINT org_unit_period_no_overlap EXCLUDE USING gist (unit_id WITH =, daterange(valid_from, valid_to) WITH &&)
);
CREATE INDEX org_unit_period_parent_idx ON org_unit_period (parent_id);
CREATE INDEX org_unit_period_range_idx ON org_unit_period USING gist (daterange(valid_from, valid_to));

-- Functions in a unit. Heads and deputies are positions, so a vacancy or absence is visible.
CREATE TABLE org_position (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id     BIGINT       NOT NULL REFERENCES org_unit (id),
    kind        VARCHAR(10)  NOT NULL CHECK (kind IN ('HEAD', 'DEPUTY', 'STAFF')),
    title       VARCHAR(150) NOT NULL CHECK (length(trim(title)) > 0),
    grade       VARCHAR(10)  CHECK (grade ~ '^[A-E][0-9][a-z]?(-[0-9][a-z]?)?$'),
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT org_position_order CHECK (valid_to IS NULL OR valid_to > valid_from),
    -- one head and one deputy position per unit at any time
    CONSTRAINT org_position_single_lead EXCLUDE USING gist (unit_id WITH =, kind WITH =,
        daterange(valid_from, valid_to) WITH &&) WHERE (kind IN ('HEAD', 'DEPUTY'))
);
CREATE INDEX org_position_unit_idx ON org_position (unit_id);

-- Staff members: minimal private data, no national register numbers. The employer is a legal entity.
CREATE TABLE org_person (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    first_name      VARCHAR(80)  NOT NULL CHECK (length(trim(first_name)) > 0),
    last_name       VARCHAR(80)  NOT NULL CHECK (length(trim(last_name)) > 0),
    work_email      VARCHAR(200) CHECK (work_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    internal_phone  VARCHAR(20),
    employer        VARCHAR(12)  NOT NULL REFERENCES legal_entity (code),
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX org_person_email_uk ON org_person (lower(work_email));

-- Who holds which position, for which share of a full-time job, when.
CREATE TABLE org_assignment (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id      BIGINT       NOT NULL REFERENCES org_person (id),
    position_id    BIGINT       NOT NULL REFERENCES org_position (id),
    fte            NUMERIC(3, 2) NOT NULL CHECK (fte > 0 AND fte <= 1),
    valid_from     DATE         NOT NULL,
    valid_to       DATE,
    single_holder  BOOLEAN      NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT org_assignment_order CHECK (valid_to IS NULL OR valid_to > valid_from),
    -- a head or deputy position has one holder at a time
    CONSTRAINT org_assignment_single_holder EXCLUDE USING gist (position_id WITH =,
        daterange(valid_from, valid_to) WITH &&) WHERE (single_holder)
);
CREATE INDEX org_assignment_person_idx ON org_assignment (person_id);
CREATE INDEX org_assignment_position_idx ON org_assignment (position_id);

-- A reorganisation: a named set of changes with an effective date, prepared as a draft and approved by the
-- algemeen directeur with a reference to the council decision.
CREATE TABLE org_reorganisation (
    id                       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                     VARCHAR(200) NOT NULL CHECK (length(trim(name)) > 0),
    effective_date           DATE         NOT NULL,
    status                   VARCHAR(12)  NOT NULL CHECK (status IN ('DRAFT', 'APPROVED', 'CANCELLED')),
    prepared_by              VARCHAR(60)  NOT NULL,
    prepared_at              TIMESTAMPTZ  NOT NULL,
    council_decision_date    DATE,
    council_decision_number  VARCHAR(40),
    approved_by              VARCHAR(60),
    approved_at              TIMESTAMPTZ,
    version                  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT org_reorganisation_approval CHECK (status <> 'APPROVED' OR (approved_by IS NOT NULL
        AND approved_at IS NOT NULL AND council_decision_date IS NOT NULL AND council_decision_number IS NOT NULL))
);

CREATE TABLE org_reorganisation_change (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reorganisation_id    BIGINT       NOT NULL REFERENCES org_reorganisation (id) ON DELETE CASCADE,
    kind                 VARCHAR(12)  NOT NULL CHECK (kind IN ('MOVE', 'RENAME', 'CREATE', 'CLOSE', 'ENTITIES')),
    unit_id              BIGINT REFERENCES org_unit (id),
    new_code             VARCHAR(20),
    new_name             VARCHAR(150),
    new_type             VARCHAR(20),
    new_parent_id        BIGINT REFERENCES org_unit (id),
    new_legal_entities   VARCHAR(12)[],
    -- the unit's period as it was when the change was prepared: if it differs at approval, the draft conflicts
    based_on_period_id   BIGINT,
    based_on_version     BIGINT,
    created_at           TIMESTAMPTZ  NOT NULL
);
CREATE INDEX org_reorganisation_change_reorg_idx ON org_reorganisation_change (reorganisation_id);
ALTER TABLE org_unit_period ADD CONSTRAINT org_unit_period_reorganisation_fk
    FOREIGN KEY (reorganisation_id) REFERENCES org_reorganisation (id);

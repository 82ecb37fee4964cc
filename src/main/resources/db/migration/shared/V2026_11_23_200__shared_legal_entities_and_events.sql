-- Legal entities (besturen): gemeente, OCMW and any other entity such as an AGB.
CREATE TABLE legal_entity (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code              VARCHAR(12)  NOT NULL,
    official_name     VARCHAR(200) NOT NULL,
    enterprise_number VARCHAR(10)  NOT NULL,
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT legal_entity_code_format CHECK (code ~ '^[A-Z][A-Z0-9]{1,11}$'),
    -- KBO number: ten digits, first digit 0 or 1, the last two digits are 97 - (first eight mod 97)
    CONSTRAINT legal_entity_enterprise_number_check CHECK (
        enterprise_number ~ '^[01][0-9]{9}$'
        AND 97 - (substr(enterprise_number, 1, 8)::bigint % 97) = substr(enterprise_number, 9, 2)::int)
);
CREATE UNIQUE INDEX legal_entity_code_uk ON legal_entity (code);
CREATE UNIQUE INDEX legal_entity_enterprise_number_uk ON legal_entity (enterprise_number);

-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc):
-- an event handed to another module survives a crash until its listener has completed.
CREATE TABLE event_publication (
    id                     UUID        NOT NULL PRIMARY KEY,
    listener_id            TEXT        NOT NULL,
    event_type             TEXT        NOT NULL,
    serialized_event       TEXT        NOT NULL,
    publication_date       TIMESTAMPTZ NOT NULL,
    completion_date        TIMESTAMPTZ,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMPTZ
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

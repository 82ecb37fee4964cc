-- The public directory: buildings, floors, rooms, service points with their (dated) locations, opening hours
-- and the citizen task catalogue. Search uses PostgreSQL: unaccent + pg_trgm for typos, Dutch full text.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- lower-case, accents removed; IMMUTABLE so it can feed generated columns and indexes
CREATE FUNCTION dir_norm(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

CREATE TABLE dir_building (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                VARCHAR(80)  NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name                VARCHAR(150) NOT NULL CHECK (length(trim(name)) > 0),
    street              VARCHAR(150) NOT NULL,
    house_number        VARCHAR(20)  NOT NULL,
    postal_code         CHAR(4)      NOT NULL CHECK (postal_code ~ '^[1-9][0-9]{3}$'),
    city                VARCHAR(100) NOT NULL,
    entrance_notes      VARCHAR(1000),
    step_free_access    BOOLEAN      NOT NULL DEFAULT FALSE,
    lift                BOOLEAN      NOT NULL DEFAULT FALSE,
    disabled_parking    BOOLEAN      NOT NULL DEFAULT FALSE,
    accessibility_notes VARCHAR(1000),
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    version             BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX dir_building_slug_uk ON dir_building (slug);

-- level: 0 = ground floor, -1 basement, 1 first floor...; display_name as the building calls it
CREATE TABLE dir_floor (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    building_id   BIGINT      NOT NULL REFERENCES dir_building (id),
    level         INT         NOT NULL CHECK (level BETWEEN -5 AND 40),
    display_name  VARCHAR(60) NOT NULL CHECK (length(trim(display_name)) > 0),
    version       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT dir_floor_level_uk UNIQUE (building_id, level)
);

CREATE TABLE dir_room (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    floor_id  BIGINT       NOT NULL REFERENCES dir_floor (id),
    name      VARCHAR(100) NOT NULL CHECK (length(trim(name)) > 0),
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT dir_room_name_uk UNIQUE (floor_id, name)
);

-- A public desk of an organisational unit (organisation module, referenced by id only).
CREATE TABLE dir_service_point (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug             VARCHAR(80)   NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name             VARCHAR(150)  NOT NULL CHECK (length(trim(name)) > 0),
    unit_id          BIGINT        NOT NULL REFERENCES org_unit (id),
    description      VARCHAR(2000),
    phone            VARCHAR(40),
    email            VARCHAR(200),
    website          VARCHAR(300),
    by_appointment   BOOLEAN       NOT NULL DEFAULT FALSE,
    keywords         VARCHAR(1000) NOT NULL DEFAULT '',
    active           BOOLEAN       NOT NULL DEFAULT TRUE,
    version          BIGINT        NOT NULL DEFAULT 0,
    search_text      TEXT GENERATED ALWAYS AS (dir_norm(name || ' ' || keywords)) STORED,
    search_vector    TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('dutch', dir_norm(name)), 'A') ||
        setweight(to_tsvector('dutch', dir_norm(keywords)), 'A') ||
        setweight(to_tsvector('dutch', dir_norm(coalesce(description, ''))), 'C')) STORED
);
CREATE UNIQUE INDEX dir_service_point_slug_uk ON dir_service_point (slug);
CREATE INDEX dir_service_point_unit_idx ON dir_service_point (unit_id);
CREATE INDEX dir_service_point_search_idx ON dir_service_point USING gin (search_vector);
CREATE INDEX dir_service_point_trgm_idx ON dir_service_point USING gin (search_text gin_trgm_ops);

-- Where a service point is, and from when: a relocation is the next period, so it takes effect on its date.
CREATE TABLE dir_location (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_point_id  BIGINT NOT NULL REFERENCES dir_service_point (id) ON DELETE CASCADE,
    floor_id          BIGINT NOT NULL REFERENCES dir_floor (id),
    room_id           BIGINT REFERENCES dir_room (id),
    valid_from        DATE   NOT NULL,
    valid_to          DATE,
    version           BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT dir_location_order CHECK (valid_to IS NULL OR valid_to > valid_from),
    CONSTRAINT dir_location_no_overlap EXCLUDE USING gist (service_point_id WITH =, daterange(valid_from, valid_to) WITH &&)
);
CREATE INDEX dir_location_floor_idx ON dir_location (floor_id);
CREATE INDEX dir_location_room_idx ON dir_location (room_id);

-- A weekly schedule valid for a period (e.g. summer hours), with slots per day of the week (1 = Monday).
CREATE TABLE dir_schedule (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_point_id  BIGINT      NOT NULL REFERENCES dir_service_point (id) ON DELETE CASCADE,
    name              VARCHAR(80) NOT NULL,
    valid_from        DATE        NOT NULL,
    valid_to          DATE,
    version           BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT dir_schedule_order CHECK (valid_to IS NULL OR valid_to > valid_from),
    CONSTRAINT dir_schedule_no_overlap EXCLUDE USING gist (service_point_id WITH =, daterange(valid_from, valid_to) WITH &&)
);

CREATE TABLE dir_slot (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    schedule_id  BIGINT   NOT NULL REFERENCES dir_schedule (id) ON DELETE CASCADE,
    day_of_week  SMALLINT NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    opens        TIME     NOT NULL,
    closes       TIME     NOT NULL,
    CONSTRAINT dir_slot_order CHECK (closes > opens),
    CONSTRAINT dir_slot_no_overlap EXCLUDE USING gist (schedule_id WITH =, day_of_week WITH =,
        tsrange('2000-01-01'::date + opens, '2000-01-01'::date + closes) WITH &&)
);

-- A day that differs from the schedule: a public holiday or closure (closed) or other hours (extra opening).
CREATE TABLE dir_exception (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_point_id  BIGINT       NOT NULL REFERENCES dir_service_point (id) ON DELETE CASCADE,
    day               DATE         NOT NULL,
    closed            BOOLEAN      NOT NULL,
    opens             TIME,
    closes            TIME,
    reason            VARCHAR(200) NOT NULL CHECK (length(trim(reason)) > 0),
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT dir_exception_hours CHECK (closed AND opens IS NULL AND closes IS NULL
        OR NOT closed AND opens IS NOT NULL AND closes IS NOT NULL AND closes > opens),
    CONSTRAINT dir_exception_no_overlap EXCLUDE USING gist (service_point_id WITH =, day WITH =,
        tsrange(day + coalesce(opens, '00:00'), day + coalesce(closes, '23:59:59')) WITH &&)
);
CREATE INDEX dir_exception_day_idx ON dir_exception (service_point_id, day);

-- Citizen tasks ("producten"): what people come for, in their own words.
CREATE TABLE dir_task (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                VARCHAR(80)   NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name                VARCHAR(150)  NOT NULL CHECK (length(trim(name)) > 0),
    description         VARCHAR(3000) NOT NULL DEFAULT '',
    what_to_bring       VARCHAR(2000) NOT NULL DEFAULT '',
    cost                VARCHAR(300)  NOT NULL DEFAULT '',
    appointment_needed  BOOLEAN       NOT NULL DEFAULT FALSE,
    keywords            VARCHAR(1000) NOT NULL DEFAULT '',
    popularity          INT           NOT NULL DEFAULT 0,
    active              BOOLEAN       NOT NULL DEFAULT TRUE,
    version             BIGINT        NOT NULL DEFAULT 0,
    search_text         TEXT GENERATED ALWAYS AS (dir_norm(name || ' ' || keywords)) STORED,
    search_vector       TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('dutch', dir_norm(name)), 'A') ||
        setweight(to_tsvector('dutch', dir_norm(keywords)), 'A') ||
        setweight(to_tsvector('dutch', dir_norm(description)), 'C')) STORED
);
CREATE UNIQUE INDEX dir_task_slug_uk ON dir_task (slug);
CREATE INDEX dir_task_search_idx ON dir_task USING gin (search_vector);
CREATE INDEX dir_task_trgm_idx ON dir_task USING gin (search_text gin_trgm_ops);

CREATE TABLE dir_task_service_point (
    task_id           BIGINT NOT NULL REFERENCES dir_task (id) ON DELETE CASCADE,
    service_point_id  BIGINT NOT NULL REFERENCES dir_service_point (id),
    PRIMARY KEY (task_id, service_point_id)
);
CREATE INDEX dir_task_service_point_sp_idx ON dir_task_service_point (service_point_id);

-- Bumped on every change to directory data; the cached public read model compares it to know it is stale.
CREATE TABLE dir_data_version (
    id       INT    PRIMARY KEY CHECK (id = 1),
    version  BIGINT NOT NULL
);
INSERT INTO dir_data_version VALUES (1, 0);

-- Staff accounts. Citizens never log in; every account is a staff member.
CREATE TABLE account (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username        VARCHAR(60)  NOT NULL,
    display_name    VARCHAR(120) NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins   INT          NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT account_username_lowercase CHECK (username = lower(username)),
    CONSTRAINT account_username_format CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,59}$')
);
CREATE UNIQUE INDEX account_username_uk ON account (username);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       VARCHAR(40) NOT NULL CHECK (role IN ('FRONT_DESK', 'SECRETARIAT', 'DIRECTORY_EDITOR', 'SOCIAL_WORKER',
        'SOCIAL_SERVICE_HEAD', 'BCSD_SECRETARY', 'PURCHASER', 'DEPARTMENT_HEAD', 'FINANCIAL_DIRECTOR',
        'GENERAL_DIRECTOR', 'DPO', 'ADMIN')),
    PRIMARY KEY (account_id, role)
);

-- One audit trail for every module: who did what to which record, and when.
-- Rows are only ever inserted; the application role needs no UPDATE or DELETE on this table.
CREATE TABLE audit_entry (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(60)  NOT NULL,
    module       VARCHAR(40)  NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    record_type  VARCHAR(60)  NOT NULL,
    record_id    VARCHAR(80)  NOT NULL,
    summary      VARCHAR(1000) NOT NULL
);
CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at DESC, id DESC);
CREATE INDEX audit_entry_record_idx ON audit_entry (record_type, record_id);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor);

-- The social investigation of a case file: home visits and interviews, documents received and confidential notes.
-- What they say is encrypted by the application (AES-GCM, Google Tink, each column with its own associated data):
-- *_cipher columns hold ciphertext only. form_token makes a second submission of the same form find the first row.
CREATE TABLE sc_investigation_entry (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_file_id    BIGINT       NOT NULL REFERENCES sc_case_file (id) ON DELETE CASCADE,
    kind            VARCHAR(20)  NOT NULL,
    happened_on     DATE         NOT NULL,
    recorded_by     VARCHAR(60)  NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    findings_cipher BYTEA        NOT NULL,
    form_token      UUID         NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT sc_investigation_kind_check CHECK (kind IN ('HOME_VISIT', 'INTERVIEW')),
    CONSTRAINT sc_investigation_date_check CHECK (happened_on BETWEEN DATE '2000-01-01' AND DATE '2100-12-31'),
    CONSTRAINT sc_investigation_form_uk UNIQUE (form_token)
);
CREATE INDEX sc_investigation_file_idx ON sc_investigation_entry (case_file_id, happened_on DESC, id DESC);

-- A document received (PDF, JPEG or PNG, at most 10 MB): the type is decided from its bytes. The content sits in a
-- table of its own so that listing a file's documents never reads their bytes.
CREATE TABLE sc_document (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_file_id       BIGINT       NOT NULL REFERENCES sc_case_file (id) ON DELETE CASCADE,
    description_cipher BYTEA        NOT NULL,
    file_name_cipher   BYTEA        NOT NULL,
    content_type       VARCHAR(20)  NOT NULL,
    size_bytes         INT          NOT NULL,
    received_by        VARCHAR(60)  NOT NULL,
    received_at        TIMESTAMPTZ  NOT NULL,
    form_token         UUID         NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT sc_document_type_check CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    CONSTRAINT sc_document_size_check CHECK (size_bytes BETWEEN 1 AND 10485760),
    CONSTRAINT sc_document_form_uk UNIQUE (form_token)
);
CREATE INDEX sc_document_file_idx ON sc_document (case_file_id, received_at DESC);

CREATE TABLE sc_document_content (
    document_id    BIGINT PRIMARY KEY REFERENCES sc_document (id) ON DELETE CASCADE,
    content_cipher BYTEA NOT NULL
);

-- A confidential note: read only by its author and the head of the social service.
CREATE TABLE sc_confidential_note (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_file_id BIGINT       NOT NULL REFERENCES sc_case_file (id) ON DELETE CASCADE,
    author       VARCHAR(60)  NOT NULL,
    written_at   TIMESTAMPTZ  NOT NULL,
    changed_at   TIMESTAMPTZ,
    text_cipher  BYTEA        NOT NULL,
    form_token   UUID         NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT sc_note_form_uk UNIQUE (form_token),
    CONSTRAINT sc_note_changed_check CHECK (changed_at IS NULL OR changed_at >= written_at)
);
CREATE INDEX sc_note_file_idx ON sc_confidential_note (case_file_id, author);

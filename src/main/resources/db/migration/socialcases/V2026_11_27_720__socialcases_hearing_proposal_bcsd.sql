-- Hearing, proposal, decision and notification of a request; the BCSD's meetings, agenda items and votes; the
-- chair's urgent decisions. Reasons and the hearing's outcome are encrypted by the application (*_cipher).

-- The maintained list of legal bases a proposal and a decision cite.
CREATE TABLE sc_legal_basis (
    code   VARCHAR(30)  PRIMARY KEY,
    label  VARCHAR(300) NOT NULL,
    active BOOLEAN      NOT NULL DEFAULT TRUE
);
INSERT INTO sc_legal_basis (code, label) VALUES
    ('RMI_14', 'Wet van 26 mei 2002 betreffende het recht op maatschappelijke integratie, artikel 14 (leefloon)'),
    ('RMI_11', 'Wet van 26 mei 2002 betreffende het recht op maatschappelijke integratie, artikel 11 (geïndividualiseerd project)'),
    ('OW_1_57', 'Organieke wet van 8 juli 1976 betreffende de OCMW''s, artikelen 1 en 57 (maatschappelijke dienstverlening)'),
    ('OW_57_2', 'Organieke wet van 8 juli 1976, artikel 57 §2 (dringende medische hulp)'),
    ('OW_60_3', 'Organieke wet van 8 juli 1976, artikel 60 §3 (materiële hulp, huurwaarborg)'),
    ('OW_60_5', 'Organieke wet van 8 juli 1976, artikel 60 §5 (voorschotten)'),
    ('WET_SCHULD', 'Wet van 12 juni 1991 op het consumentenkrediet en art. 116 Wetboek Economisch Recht (schuldbemiddeling)');

ALTER TABLE sc_aid_request DROP CONSTRAINT sc_aid_request_status_check;
ALTER TABLE sc_aid_request DROP CONSTRAINT sc_aid_request_decided_check;
ALTER TABLE sc_aid_request
    ADD COLUMN hearing_at              TIMESTAMP,
    ADD COLUMN hearing_place           VARCHAR(200),
    ADD COLUMN hearing_invited_on      DATE,
    ADD COLUMN hearing_outcome_cipher  BYTEA,
    ADD COLUMN proposed_decision       VARCHAR(10),
    ADD COLUMN proposal_reasons_cipher BYTEA,
    ADD COLUMN legal_basis             VARCHAR(30) REFERENCES sc_legal_basis (code),
    ADD COLUMN amount                  NUMERIC(10, 2),
    ADD COLUMN aid_from                DATE,
    ADD COLUMN aid_until               DATE,
    ADD COLUMN proposed_on             DATE,
    ADD COLUMN proposed_by             VARCHAR(60),
    ADD COLUMN decided_by              VARCHAR(10),
    ADD COLUMN ratified                BOOLEAN,
    ADD CONSTRAINT sc_aid_request_status_check CHECK (status IN ('OPEN', 'FORWARDED', 'PROPOSED', 'DECIDED', 'NOTIFIED')),
    ADD CONSTRAINT sc_aid_request_decided_check CHECK ((status IN ('DECIDED', 'NOTIFIED')) = (decided_on IS NOT NULL AND decision IS NOT NULL)
        AND (decided_on IS NULL OR decided_on >= received_on)),
    ADD CONSTRAINT sc_aid_request_proposal_check CHECK ((status IN ('PROPOSED', 'DECIDED', 'NOTIFIED')) = (proposed_decision IS NOT NULL
        AND proposal_reasons_cipher IS NOT NULL AND legal_basis IS NOT NULL AND proposed_on IS NOT NULL)),
    ADD CONSTRAINT sc_aid_request_proposed_decision_check CHECK (proposed_decision IS NULL OR proposed_decision IN ('GRANTED', 'REFUSED')),
    ADD CONSTRAINT sc_aid_request_amount_check CHECK (amount IS NULL OR (amount > 0 AND amount <= 100000)),
    ADD CONSTRAINT sc_aid_request_aid_period_check CHECK ((aid_from IS NULL) = (aid_until IS NULL)
        AND (aid_from IS NULL OR (aid_until > aid_from AND aid_from >= received_on - 366 AND aid_until <= aid_from + 366))),
    ADD CONSTRAINT sc_aid_request_hearing_check CHECK ((hearing_at IS NULL) = (hearing_place IS NULL AND hearing_invited_on IS NULL)
        AND (hearing_at IS NULL OR (hearing_at::date >= received_on AND hearing_invited_on >= received_on
            AND hearing_invited_on <= hearing_at::date))),
    ADD CONSTRAINT sc_aid_request_decided_by_check CHECK ((decided_by IS NULL) = (decided_on IS NULL)
        AND (decided_by IS NULL OR decided_by IN ('BCSD', 'CHAIR'))),
    ADD CONSTRAINT sc_aid_request_ratified_check CHECK ((decided_by = 'CHAIR') = (ratified IS NOT NULL));
-- the agenda's candidates: ready proposals
CREATE INDEX sc_aid_request_proposed_idx ON sc_aid_request (proposed_on) WHERE status = 'PROPOSED';

CREATE TABLE sc_bcsd_meeting (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_at    TIMESTAMP    NOT NULL,
    place         VARCHAR(200) NOT NULL,
    members       INT          NOT NULL,
    notice_on     DATE,
    present       INT,
    status        VARCHAR(10)  NOT NULL DEFAULT 'PLANNED',
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT sc_bcsd_meeting_members_check CHECK (members IN (6, 8, 10, 12)),
    CONSTRAINT sc_bcsd_meeting_present_check CHECK (present IS NULL OR present BETWEEN 0 AND members + 1),
    CONSTRAINT sc_bcsd_meeting_status_check CHECK (status IN ('PLANNED', 'CLOSED')),
    CONSTRAINT sc_bcsd_meeting_at_check CHECK (meeting_at BETWEEN TIMESTAMP '2020-01-01' AND TIMESTAMP '2100-12-31'),
    CONSTRAINT sc_bcsd_meeting_notice_check CHECK (notice_on IS NULL OR notice_on <= meeting_at::date)
);
CREATE INDEX sc_bcsd_meeting_at_idx ON sc_bcsd_meeting (meeting_at DESC);

CREATE TABLE sc_bcsd_item (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id         BIGINT      NOT NULL REFERENCES sc_bcsd_meeting (id) ON DELETE CASCADE,
    position           INT         NOT NULL,
    request_id         BIGINT      NOT NULL REFERENCES sc_aid_request (id),
    case_file_id       BIGINT      NOT NULL,
    kind               VARCHAR(12) NOT NULL,
    added_on           DATE        NOT NULL,
    urgent             BOOLEAN     NOT NULL,
    urgency_confirmed  BOOLEAN,
    votes_for          INT,
    votes_against      INT,
    votes_abstain      INT,
    outcome            VARCHAR(10),
    CONSTRAINT sc_bcsd_item_kind_check CHECK (kind IN ('DECISION', 'RATIFICATION')),
    CONSTRAINT sc_bcsd_item_votes_check CHECK ((outcome IS NULL) = (votes_for IS NULL) AND (votes_for IS NULL) = (votes_against IS NULL)
        AND (votes_for IS NULL) = (votes_abstain IS NULL) AND (votes_for IS NULL OR (votes_for >= 0 AND votes_against >= 0 AND votes_abstain >= 0))),
    CONSTRAINT sc_bcsd_item_outcome_check CHECK (outcome IS NULL OR outcome IN ('ADOPTED', 'REJECTED')),
    CONSTRAINT sc_bcsd_item_uk UNIQUE (meeting_id, request_id)
);
CREATE INDEX sc_bcsd_item_request_idx ON sc_bcsd_item (request_id);

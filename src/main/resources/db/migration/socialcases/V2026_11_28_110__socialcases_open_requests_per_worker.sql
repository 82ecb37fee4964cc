-- A read model for the worker's pages (file list, deadline dashboard): every request still waiting for a decision,
-- once for each worker on its file, with its decision date. Finding a worker's open requests otherwise joins all
-- open requests of the service (4,700 with 100,000 files) with all files of the worker (2,500): 4–10 ms a page; here
-- it is one index range of about a hundred rows.
--
-- Kept by triggers, in the same transaction as the change, whatever writes it: the CaseFile aggregate (requests and
-- workers are part of it), the BCSD's decisions, the retention run, demo data. Nothing else writes this table.
CREATE TABLE sc_open_request_worker (
    username     VARCHAR(60) NOT NULL,
    request_id   BIGINT      NOT NULL,
    case_file_id BIGINT      NOT NULL,
    decide_by    DATE        NOT NULL,
    PRIMARY KEY (username, request_id)
);
CREATE INDEX sc_open_request_worker_due_idx ON sc_open_request_worker (username, decide_by, request_id);
CREATE INDEX sc_open_request_worker_request_idx ON sc_open_request_worker (request_id);
CREATE INDEX sc_open_request_worker_file_idx ON sc_open_request_worker (case_file_id, username);

-- a request: dropped from the model, and added again for the file's workers while it waits for a decision
CREATE FUNCTION sc_open_request_worker_request() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM sc_open_request_worker WHERE request_id = OLD.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status IN ('OPEN', 'PROPOSED') THEN
        INSERT INTO sc_open_request_worker (username, request_id, case_file_id, decide_by)
        SELECT w.username, NEW.id, NEW.case_file_id, NEW.decide_by
        FROM sc_case_worker w WHERE w.case_file_id = NEW.case_file_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER sc_aid_request_open_request_worker
    AFTER INSERT OR DELETE OR UPDATE OF status, received_on, case_file_id ON sc_aid_request
    FOR EACH ROW EXECUTE FUNCTION sc_open_request_worker_request();

-- a worker on a file: the file's open requests come and go with them
CREATE FUNCTION sc_open_request_worker_worker() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM sc_open_request_worker WHERE case_file_id = OLD.case_file_id AND username = OLD.username;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO sc_open_request_worker (username, request_id, case_file_id, decide_by)
        SELECT NEW.username, r.id, r.case_file_id, r.decide_by
        FROM sc_aid_request r
        WHERE r.case_file_id = NEW.case_file_id AND r.status IN ('OPEN', 'PROPOSED');
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER sc_case_worker_open_request_worker
    AFTER INSERT OR DELETE OR UPDATE ON sc_case_worker
    FOR EACH ROW EXECUTE FUNCTION sc_open_request_worker_worker();

INSERT INTO sc_open_request_worker (username, request_id, case_file_id, decide_by)
SELECT w.username, r.id, r.case_file_id, r.decide_by
FROM sc_aid_request r JOIN sc_case_worker w ON w.case_file_id = r.case_file_id
WHERE r.status IN ('OPEN', 'PROPOSED');

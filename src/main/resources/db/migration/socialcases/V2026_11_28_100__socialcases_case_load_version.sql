-- The head's deadline dashboard counts every worker's open requests (4,700 of them with 100,000 files): the counts
-- are kept in memory and counted again only when this version moved (CaseLoads). Any committed change to the
-- requests or to who works on a file moves it, whatever wrote it (the aggregates, the retention run, demo data).
--
-- The trigger is a deferred constraint trigger: it runs at commit, as the transaction's last statement, so the
-- version row is locked only for the moment of the commit (no deadlock with the rows a transaction locks before),
-- and a reader sees the new version only together with the committed change. It moves the version once per
-- transaction, however many rows changed.
CREATE TABLE sc_case_load_version (
    id      integer PRIMARY KEY CHECK (id = 1),
    version bigint  NOT NULL
);
INSERT INTO sc_case_load_version VALUES (1, 0);

CREATE FUNCTION sc_case_loads_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('eenloket.sc_case_loads_moved', true) IS DISTINCT FROM txid_current()::text THEN
        UPDATE sc_case_load_version SET version = version + 1 WHERE id = 1;
        PERFORM set_config('eenloket.sc_case_loads_moved', txid_current()::text, true);
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER sc_aid_request_case_loads AFTER INSERT OR UPDATE OR DELETE ON sc_aid_request
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sc_case_loads_changed();
CREATE CONSTRAINT TRIGGER sc_case_worker_case_loads AFTER INSERT OR UPDATE OR DELETE ON sc_case_worker
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sc_case_loads_changed();

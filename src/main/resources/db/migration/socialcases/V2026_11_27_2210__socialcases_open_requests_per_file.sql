-- the file list and the deadline dashboard (bench/socialcases.sh, 100,000 files): a file's requests still waiting
-- for a decision, found per file (to list files with and without them) with their decision date
CREATE INDEX sc_aid_request_open_file_idx ON sc_aid_request (case_file_id, decide_by) WHERE status IN ('OPEN', 'PROPOSED');

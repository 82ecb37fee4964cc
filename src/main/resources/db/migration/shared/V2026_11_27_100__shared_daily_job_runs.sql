-- One row per scheduled job and day: the claim that makes a daily digest run once across instances.
CREATE TABLE daily_job_run (
    job        VARCHAR(60) NOT NULL,
    run_day    DATE        NOT NULL,
    instance   VARCHAR(200) NOT NULL,
    claimed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (job, run_day),
    CONSTRAINT daily_job_run_day_plausible CHECK (run_day BETWEEN DATE '2000-01-01' AND DATE '2200-12-31')
);

-- Failed logins per (typed user name, source address): each failure past the free ones doubles the wait before
-- that pair may try again. Rows exist for names that are no account too, so throttling reveals nothing.
CREATE TABLE login_throttle (
    username      VARCHAR(100) NOT NULL,
    source        VARCHAR(64)  NOT NULL,
    failures      INTEGER      NOT NULL CHECK (failures >= 0),
    blocked_until TIMESTAMPTZ,
    last_failure  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (username, source)
);
CREATE INDEX login_throttle_last_failure ON login_throttle (last_failure);

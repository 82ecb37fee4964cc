-- Plausible dates as the last line of defence: the register numbers carry the year, so a request dated 0001 or
-- 1800 must never get one. NOT VALID: see the organisation migration of the same day.
ALTER TABLE fd_mail ADD CONSTRAINT fd_mail_received_on_plausible
    CHECK (received_on BETWEEN DATE '2000-01-01' AND DATE '2200-12-31') NOT VALID;
ALTER TABLE fd_social_aid_request ADD CONSTRAINT fd_social_aid_request_dates_plausible
    CHECK (requested_at BETWEEN TIMESTAMP '2000-01-01 00:00' AND TIMESTAMP '2200-12-31 23:59:59'
           AND decision_deadline BETWEEN DATE '2000-01-01' AND DATE '2201-12-31'
           AND (birth_date IS NULL OR birth_date BETWEEN DATE '1900-01-01' AND DATE '2200-12-31')) NOT VALID;
ALTER TABLE fd_contact ADD CONSTRAINT fd_contact_occurred_at_plausible
    CHECK (occurred_at BETWEEN TIMESTAMPTZ '2000-01-01 00:00Z' AND TIMESTAMPTZ '2200-12-31 23:59:59Z') NOT VALID;

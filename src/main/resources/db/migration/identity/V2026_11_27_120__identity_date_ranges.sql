-- The audit log's times come from the application clock; a plausible range still guards against a clock or a
-- script gone wrong. NOT VALID: see the organisation migration of the same day.
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_occurred_at_plausible
    CHECK (occurred_at BETWEEN TIMESTAMPTZ '2000-01-01 00:00Z' AND TIMESTAMPTZ '2200-12-31 23:59:59Z') NOT VALID;

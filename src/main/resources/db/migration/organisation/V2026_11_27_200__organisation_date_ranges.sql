-- Plausible dates as the last line of defence (the forms check tighter ranges relative to today). NOT VALID:
-- enforced for every new or changed row; rows stored before (a date typed as 0001 or 9999) are left for an
-- administrator to correct, then `ALTER TABLE … VALIDATE CONSTRAINT …` (docs/operations.md).
ALTER TABLE org_unit_period ADD CONSTRAINT org_unit_period_dates_plausible
    CHECK (valid_from BETWEEN DATE '1900-01-01' AND DATE '2200-12-31'
           AND (valid_to IS NULL OR valid_to BETWEEN DATE '1900-01-01' AND DATE '2200-12-31')) NOT VALID;
ALTER TABLE org_position ADD CONSTRAINT org_position_dates_plausible
    CHECK (valid_from BETWEEN DATE '1900-01-01' AND DATE '2200-12-31'
           AND (valid_to IS NULL OR valid_to BETWEEN DATE '1900-01-01' AND DATE '2200-12-31')) NOT VALID;
ALTER TABLE org_assignment ADD CONSTRAINT org_assignment_dates_plausible
    CHECK (valid_from BETWEEN DATE '1900-01-01' AND DATE '2200-12-31'
           AND (valid_to IS NULL OR valid_to BETWEEN DATE '1900-01-01' AND DATE '2200-12-31')) NOT VALID;
ALTER TABLE org_reorganisation ADD CONSTRAINT org_reorganisation_dates_plausible
    CHECK (effective_date BETWEEN DATE '2000-01-01' AND DATE '2200-12-31'
           AND (council_decision_date IS NULL
                OR council_decision_date BETWEEN DATE '2000-01-01' AND DATE '2200-12-31')) NOT VALID;

-- Plausible dates as the last line of defence (the editor's forms check tighter ranges relative to today), so a
-- move on +999999-12-31 or an exception day in year 0 can no longer be stored. NOT VALID: see the organisation
-- migration of the same day.
ALTER TABLE dir_location ADD CONSTRAINT dir_location_dates_plausible
    CHECK (valid_from BETWEEN DATE '1900-01-01' AND DATE '2200-12-31'
           AND (valid_to IS NULL OR valid_to BETWEEN DATE '1900-01-01' AND DATE '2200-12-31')) NOT VALID;
ALTER TABLE dir_schedule ADD CONSTRAINT dir_schedule_dates_plausible
    CHECK (valid_from BETWEEN DATE '1900-01-01' AND DATE '2200-12-31'
           AND (valid_to IS NULL OR valid_to BETWEEN DATE '1900-01-01' AND DATE '2200-12-31')) NOT VALID;
ALTER TABLE dir_exception ADD CONSTRAINT dir_exception_day_plausible
    CHECK (day BETWEEN DATE '2000-01-01' AND DATE '2200-12-31') NOT VALID;

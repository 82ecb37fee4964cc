-- The directory refers to an organisational unit by its OrganisationUnitId only (issue 13): no foreign key into the
-- organisation module's tables. The directory learns that a unit closed from the OrganisationUnitClosed event and
-- keeps the date here, so the editors see which desks still name a closed (or closing) unit and choose the new one.
ALTER TABLE dir_service_point DROP CONSTRAINT dir_service_point_unit_id_fkey;
ALTER TABLE dir_service_point ADD COLUMN unit_closed_on DATE
    CHECK (unit_closed_on BETWEEN DATE '1900-01-01' AND DATE '2200-12-31');

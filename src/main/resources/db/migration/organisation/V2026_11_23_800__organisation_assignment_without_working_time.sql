-- A seat on the management team (or another role without working time of its own) is an assignment of 0 FTE:
-- the person's time stays booked on their own unit, so cost shares and FTE totals are not counted twice.
ALTER TABLE org_assignment DROP CONSTRAINT org_assignment_fte_check;
ALTER TABLE org_assignment ADD CONSTRAINT org_assignment_fte_check CHECK (fte >= 0 AND fte <= 1);

-- A reorganisation can move staff: the assignment ends on the effective date and the person holds the target
-- position from then on, with the same FTE. The assignment's version when the change was prepared tells whether
-- it was changed since (a conflict to resolve before approval).
ALTER TABLE org_reorganisation_change DROP CONSTRAINT org_reorganisation_change_kind_check;
ALTER TABLE org_reorganisation_change ADD CONSTRAINT org_reorganisation_change_kind_check
    CHECK (kind IN ('MOVE', 'RENAME', 'CREATE', 'CLOSE', 'ENTITIES', 'MOVE_STAFF'));
ALTER TABLE org_reorganisation_change ADD COLUMN assignment_id BIGINT REFERENCES org_assignment (id);
-- no foreign key: closing a unit may delete its unused future positions; the preview then reports the target gone
ALTER TABLE org_reorganisation_change ADD COLUMN target_position_id BIGINT;
ALTER TABLE org_reorganisation_change ADD COLUMN based_on_assignment_version BIGINT;
ALTER TABLE org_reorganisation_change ADD CONSTRAINT org_reorganisation_change_staff_move
    CHECK ((kind = 'MOVE_STAFF') = (assignment_id IS NOT NULL AND target_position_id IS NOT NULL));

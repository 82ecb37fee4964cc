-- A unit a draft creates can get its head position in the same draft, and a staff move in that draft can make
-- someone that head: the move's target is then the CREATE change (its head), not an existing position.
ALTER TABLE org_reorganisation_change ADD COLUMN new_head_title VARCHAR(150);
ALTER TABLE org_reorganisation_change ADD COLUMN new_head_grade VARCHAR(20);
ALTER TABLE org_reorganisation_change ADD CONSTRAINT org_reorganisation_change_head_on_create
    CHECK (new_head_title IS NULL OR kind = 'CREATE');
ALTER TABLE org_reorganisation_change ADD COLUMN target_change_id BIGINT REFERENCES org_reorganisation_change (id);
CREATE INDEX org_reorganisation_change_target_change_idx ON org_reorganisation_change (target_change_id);
ALTER TABLE org_reorganisation_change DROP CONSTRAINT org_reorganisation_change_staff_move;
ALTER TABLE org_reorganisation_change ADD CONSTRAINT org_reorganisation_change_staff_move
    CHECK ((kind = 'MOVE_STAFF') = (assignment_id IS NOT NULL
        AND (target_position_id IS NOT NULL OR target_change_id IS NOT NULL)))
    , ADD CONSTRAINT org_reorganisation_change_one_target
    CHECK (target_position_id IS NULL OR target_change_id IS NULL);
-- after approval: the head position a CREATE change made
ALTER TABLE org_reorganisation_change ADD COLUMN created_position_id BIGINT REFERENCES org_position (id);

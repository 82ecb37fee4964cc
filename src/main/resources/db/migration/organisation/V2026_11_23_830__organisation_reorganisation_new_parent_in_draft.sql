-- A draft can place a unit under a unit that the same draft creates ("Samenvoeging ondersteunende diensten": create
-- the new afdeling and move the diensten under it). The new parent is then the CREATE change, not an existing unit.
ALTER TABLE org_reorganisation_change ADD COLUMN new_parent_change_id BIGINT REFERENCES org_reorganisation_change (id);
ALTER TABLE org_reorganisation_change ADD CONSTRAINT org_reorganisation_change_one_parent
    CHECK (new_parent_id IS NULL OR new_parent_change_id IS NULL);
CREATE INDEX org_reorganisation_change_parent_change_idx ON org_reorganisation_change (new_parent_change_id);
-- after approval: the unit a CREATE change made, so the history links the draft to the unit
ALTER TABLE org_reorganisation_change ADD COLUMN created_unit_id BIGINT REFERENCES org_unit (id);

-- The staff account a person logs in with (identity's username), so pages can show a person "my unit":
-- a unit's incoming mail, for example. At most one person per account; optional, as not everyone logs in.
ALTER TABLE org_person ADD COLUMN account_username VARCHAR(60);
ALTER TABLE org_person ADD CONSTRAINT org_person_account_format
    CHECK (account_username ~ '^[a-z0-9][a-z0-9._-]{1,59}$');
CREATE UNIQUE INDEX org_person_account_uk ON org_person (account_username);

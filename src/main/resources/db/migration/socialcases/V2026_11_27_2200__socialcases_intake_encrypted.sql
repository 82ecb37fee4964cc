-- The intake inbox keeps the person's national register number, contact details and own account of the request
-- encrypted by the application (AES-GCM, Google Tink, one associated-data purpose per column), like the case files.
-- Existing rows are encrypted by the application at start-up (IntakeEncryption: the key is configuration, so SQL
-- cannot do it), which then empties the clear columns. A later release drops them (docs/socialcases.md).
ALTER TABLE sc_intake
    ADD COLUMN nrn_cipher         BYTEA,
    ADD COLUMN phone_cipher       BYTEA,
    ADD COLUMN email_cipher       BYTEA,
    ADD COLUMN address_cipher     BYTEA,
    ADD COLUMN description_cipher BYTEA;


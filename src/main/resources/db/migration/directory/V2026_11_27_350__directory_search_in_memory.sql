-- Search moves into the application (an in-memory Lucene index built from the read model, see
-- docs/architecture.md): the full-text and trigram columns and their GIN indexes are no longer read, and every
-- write paid for them. Citizens also search in English: tasks and service points get English search words.
ALTER TABLE dir_task ADD COLUMN keywords_en VARCHAR(1000) NOT NULL DEFAULT '';
ALTER TABLE dir_service_point ADD COLUMN keywords_en VARCHAR(1000) NOT NULL DEFAULT '';

-- dropping a generated column drops its index with it
ALTER TABLE dir_task DROP COLUMN search_vector, DROP COLUMN search_text;
ALTER TABLE dir_service_point DROP COLUMN search_vector, DROP COLUMN search_text;

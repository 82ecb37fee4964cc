package be.eenloket.socialcases.internal;

/**
 * Erases the personal data of one case file held in a table outside the {@link CaseFile} aggregate. Every bean of
 * this type runs inside the file's anonymisation transaction ({@link Anonymisation}), after the aggregate and the
 * module's own tables are erased. A part of this module that adds a table with personal data (investigation notes,
 * documents) adds a bean here, or its table is not anonymised.
 */
public interface PersonalDataEraser {

	/** What it erases, in a few words (for the audit of the run). */
	String erases();

	/** Erases the personal data of file {@code caseFileId}; keeps what the management figures count. */
	void eraseFor(long caseFileId);

}

package be.eenloket.socialcases.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * The encrypted texts of the social investigation. Each column has its own associated data, so a ciphertext copied
 * from one column to another (a confidential note into the findings of a visit) no longer decrypts.
 */
final class InvestigationTexts {

	static final String FINDINGS = "socialcases.investigation.findings";

	static final String NOTE = "socialcases.investigation.note";

	static final String DOCUMENT_DESCRIPTION = "socialcases.document.description";

	static final String DOCUMENT_NAME = "socialcases.document.name";

	/** The document's bytes; written and read with SQL, never through an entity. */
	static final String DOCUMENT_CONTENT = "socialcases.document.content";

	private InvestigationTexts() {
	}

	abstract static class Bound implements AttributeConverter<String, byte[]> {

		private final SocialCrypto crypto;

		private final String purpose;

		Bound(SocialCrypto crypto, String purpose) {
			this.crypto = crypto;
			this.purpose = purpose;
		}

		@Override
		public byte[] convertToDatabaseColumn(String text) {
			return crypto.encrypt(text, purpose);
		}

		@Override
		public String convertToEntityAttribute(byte[] ciphertext) {
			return crypto.decrypt(ciphertext, purpose);
		}

	}

	@Converter
	static class Findings extends Bound {

		Findings(SocialCrypto crypto) {
			super(crypto, FINDINGS);
		}

	}

	@Converter
	static class Note extends Bound {

		Note(SocialCrypto crypto) {
			super(crypto, NOTE);
		}

	}

	@Converter
	static class DocumentDescription extends Bound {

		DocumentDescription(SocialCrypto crypto) {
			super(crypto, DOCUMENT_DESCRIPTION);
		}

	}

	@Converter
	static class DocumentName extends Bound {

		DocumentName(SocialCrypto crypto) {
			super(crypto, DOCUMENT_NAME);
		}

	}

}

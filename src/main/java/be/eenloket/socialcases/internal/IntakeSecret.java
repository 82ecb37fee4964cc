package be.eenloket.socialcases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The personal data of an intake that {@code sc_intake} keeps encrypted (AES-GCM, {@link SocialCrypto}): the national
 * register number, the contact details and the person's own account of the request. Each field is bound to a purpose
 * of its own, so a ciphertext cannot be moved to another column or table. The name and birth date stay readable, as
 * in the case files: the inbox and the file lists need them and they are not searched in clear.
 *
 * <p>The clear columns are kept (empty) until a later release drops them: a row an older instance wrote in clear
 * during a rolling update is still read, and the start-up backfill ({@link IntakeEncryption}) encrypts it.
 */
enum IntakeSecret {

	NATIONAL_REGISTER_NUMBER("nrn_cipher", "national_register_number"),
	PHONE("phone_cipher", "phone"),
	EMAIL("email_cipher", "email"),
	ADDRESS("address_cipher", "address"),
	DESCRIPTION("description_cipher", "description");

	final String cipherColumn;

	final String clearColumn;

	IntakeSecret(String cipherColumn, String clearColumn) {
		this.cipherColumn = cipherColumn;
		this.clearColumn = clearColumn;
	}

	/** The associated data of this field's ciphertext. */
	String purpose() {
		return "socialcases.intake." + name().toLowerCase(Locale.ROOT);
	}

	byte[] encrypt(SocialCrypto crypto, String text) {
		return crypto.encrypt(text, purpose());
	}

	/** The field of a {@code select *} row: decrypted, or the clear value of a row not yet encrypted. */
	String read(SocialCrypto crypto, ResultSet rs) throws SQLException {
		var cipher = rs.getBytes(cipherColumn);
		return cipher != null ? crypto.decrypt(cipher, purpose()) : rs.getString(clearColumn);
	}

}

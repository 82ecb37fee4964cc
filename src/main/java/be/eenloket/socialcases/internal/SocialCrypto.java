package be.eenloket.socialcases.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.mac.MacConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The social service's encryption at rest, with keys only this module holds: AES-256-GCM through Google Tink for
 * national register numbers, notes, reasons and documents, and a keyed hash (HMAC-SHA256, Tink) to find a person's
 * file by national register number without storing it in clear. Both keysets come from configuration
 * ({@code eenloket.socialcases.keyset}, {@code eenloket.socialcases.lookup-keyset}); Tink keysets hold several
 * keys, so a new primary key encrypts while older keys still decrypt (rotation: docs/socialcases.md).
 */
@Component
public class SocialCrypto {

	private final Aead aead;

	private final Mac mac;

	SocialCrypto(@Value("${eenloket.socialcases.keyset:}") String keyset,
			@Value("${eenloket.socialcases.lookup-keyset:}") String lookupKeyset) {
		if (keyset.isBlank() || lookupKeyset.isBlank()) {
			throw new IllegalStateException("The social service needs its keys: set EENLOKET_SOCIALCASES_KEYSET and "
					+ "EENLOKET_SOCIALCASES_LOOKUP_KEYSET (Tink JSON keysets, see docs/socialcases.md)");
		}
		try {
			AeadConfig.register();
			MacConfig.register();
			this.aead = TinkJsonProtoKeysetFormat.parseKeyset(keyset, InsecureSecretKeyAccess.get())
				.getPrimitive(RegistryConfiguration.get(), Aead.class);
			this.mac = TinkJsonProtoKeysetFormat.parseKeyset(lookupKeyset, InsecureSecretKeyAccess.get())
				.getPrimitive(RegistryConfiguration.get(), Mac.class);
		}
		catch (GeneralSecurityException invalid) {
			throw new IllegalStateException("The social service's keysets cannot be read", invalid);
		}
	}

	/** Encrypts {@code text}, bound to {@code purpose} (a ciphertext cannot be moved to another column). */
	public byte[] encrypt(String text, String purpose) {
		if (text == null) {
			return null;
		}
		return encryptBytes(text.getBytes(StandardCharsets.UTF_8), purpose);
	}

	public String decrypt(byte[] ciphertext, String purpose) {
		return ciphertext == null ? null : new String(decryptBytes(ciphertext, purpose), StandardCharsets.UTF_8);
	}

	public byte[] encryptBytes(byte[] plaintext, String purpose) {
		try {
			return aead.encrypt(plaintext, purpose.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Encryption failed", e);
		}
	}

	public byte[] decryptBytes(byte[] ciphertext, String purpose) {
		try {
			return aead.decrypt(ciphertext, purpose.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Decryption failed: wrong key or tampered data", e);
		}
	}

	/**
	 * The look-up key of a person: the keyed hash of the national register number, or without one of the name and
	 * birth date (accents, case and spacing ignored). Without either, a key that matches nobody.
	 */
	public byte[] personKey(String nationalRegisterNumber, String firstName, String lastName, LocalDate birthDate) {
		String identity;
		if (nationalRegisterNumber != null && !nationalRegisterNumber.isBlank()) {
			identity = "nrn:" + nationalRegisterNumber.replaceAll("\\D", "");
		}
		else if (birthDate != null) {
			identity = "name:" + normalise(lastName) + "|" + normalise(firstName) + "|" + birthDate;
		}
		else {
			identity = "unknown:" + UUID.randomUUID();
		}
		try {
			return mac.computeMac(identity.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Keyed hash failed", e);
		}
	}

	private static String normalise(String name) {
		var text = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
	}

}

package be.eenloket.socialcases.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a text attribute as AES-GCM ciphertext; Hibernate gets this converter from Spring with its key. */
@Converter
class EncryptedText implements AttributeConverter<String, byte[]> {

	private static final String PURPOSE = "socialcases.text";

	private final SocialCrypto crypto;

	EncryptedText(SocialCrypto crypto) {
		this.crypto = crypto;
	}

	@Override
	public byte[] convertToDatabaseColumn(String text) {
		return crypto.encrypt(text, PURPOSE);
	}

	@Override
	public String convertToEntityAttribute(byte[] ciphertext) {
		return crypto.decrypt(ciphertext, PURPOSE);
	}

}

package be.eenloket.socialcases.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of document the social service accepts, recognised by their first bytes (magic numbers). What the
 * browser says (the Content-Type of the part) and the file name's extension are never believed: a text renamed to
 * {@code .pdf} is not a PDF.
 */
public enum DocumentType {

	PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
	JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
	PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });

	private final String mediaType;

	private final String extension;

	private final byte[] magic;

	DocumentType(String mediaType, String extension, byte[] magic) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.magic = magic;
	}

	/** The type whose magic number {@code bytes} start with, if any. */
	public static Optional<DocumentType> sniff(byte[] bytes) {
		if (bytes == null) {
			return Optional.empty();
		}
		return Arrays.stream(values())
			.filter(type -> bytes.length >= type.magic.length
					&& Arrays.equals(bytes, 0, type.magic.length, type.magic, 0, type.magic.length))
			.findFirst();
	}

	public static Optional<DocumentType> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

}

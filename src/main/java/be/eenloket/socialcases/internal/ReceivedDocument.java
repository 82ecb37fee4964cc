package be.eenloket.socialcases.internal;

import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import be.eenloket.kernel.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A document the household handed in (a pay slip, a rent contract, a bank statement): PDF, JPEG or PNG up to
 * {@link #MAX_BYTES} bytes, its type decided from its bytes. The entity holds what a list shows; the encrypted bytes
 * live in {@code sc_document_content} and are read only for a download (see {@link Investigation}).
 */
@Entity
@Table(name = "sc_document")
public class ReceivedDocument {

	public static final int MAX_BYTES = 10 * 1024 * 1024;

	public static final int MAX_DESCRIPTION = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseFileId;

	@Convert(converter = InvestigationTexts.DocumentDescription.class)
	@Column(name = "description_cipher")
	private String description;

	@Convert(converter = InvestigationTexts.DocumentName.class)
	@Column(name = "file_name_cipher")
	private String fileName;

	private String contentType;

	private int sizeBytes;

	private String receivedBy;

	private OffsetDateTime receivedAt;

	private UUID formToken;

	@Version
	private long version;

	protected ReceivedDocument() {
	}

	/**
	 * Checks an upload and describes it: not empty, at most 10 MB, a PDF, JPEG or PNG by its bytes, with a
	 * description. The bytes themselves are stored by the caller.
	 */
	static ReceivedDocument receive(long caseFileId, String description, String originalName, byte[] bytes,
			String by, Instant now, UUID formToken) {
		var chosen = originalName != null && !originalName.isBlank();
		RuleViolation.require(chosen || (bytes != null && bytes.length > 0), "document", "investigation.document.required");
		RuleViolation.require(bytes != null && bytes.length > 0, "document", "investigation.document.empty");
		RuleViolation.require(bytes.length <= MAX_BYTES, "document", "investigation.document.tooLarge",
				String.valueOf(MAX_BYTES / 1024 / 1024));
		var type = DocumentType.sniff(bytes)
			.orElseThrow(() -> new RuleViolation("document", "investigation.document.typeRefused"));
		RuleViolation.require(description != null && !description.isBlank(), "description",
				"investigation.document.description.required");
		RuleViolation.require(description.strip().length() <= MAX_DESCRIPTION, "description",
				"investigation.document.description.tooLong", String.valueOf(MAX_DESCRIPTION));
		var document = new ReceivedDocument();
		document.caseFileId = caseFileId;
		document.description = description.strip();
		document.fileName = safeFileName(originalName, type);
		document.contentType = type.mediaType();
		document.sizeBytes = bytes.length;
		document.receivedBy = by;
		document.receivedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		document.formToken = formToken;
		return document;
	}

	/**
	 * A name that is safe in a Content-Disposition header and on any disk: the original name without its path and
	 * extension, accents removed, only letters, digits, dots, dashes and underscores, at most 80 characters, with the
	 * extension of the type the bytes are.
	 */
	static String safeFileName(String originalName, DocumentType type) {
		var name = originalName == null ? "" : originalName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		var dot = name.lastIndexOf('.');
		if (dot > 0) {
			name = name.substring(0, dot);
		}
		name = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		name = name.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+|[._]+$", "");
		if (name.length() > 80) {
			name = name.substring(0, 80);
		}
		return (name.isEmpty() ? "document" : name) + "." + type.extension();
	}

	public Long getId() {
		return id;
	}

	public long getCaseFileId() {
		return caseFileId;
	}

	public String getDescription() {
		return description;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public DocumentType type() {
		return DocumentType.ofMediaType(contentType).orElseThrow();
	}

	public int getSizeBytes() {
		return sizeBytes;
	}

	/** The size for people: in kB, at least 1. */
	public long sizeKilobytes() {
		return Math.max(1, Math.round(sizeBytes / 1024.0));
	}

	public String getReceivedBy() {
		return receivedBy;
	}

	public OffsetDateTime getReceivedAt() {
		return receivedAt;
	}

	public long getVersion() {
		return version;
	}

}

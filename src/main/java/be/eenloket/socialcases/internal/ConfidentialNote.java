package be.eenloket.socialcases.internal;

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
 * A social worker's confidential note on a file: read only by its author and the head of the social service, never by
 * the other workers of the file or by someone who broke the glass; they do not even learn that it exists. Only the
 * author changes it; a change made on a stale copy is refused ({@code @Version}).
 */
@Entity
@Table(name = "sc_confidential_note")
public class ConfidentialNote {

	public static final int MAX_TEXT = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseFileId;

	private String author;

	private OffsetDateTime writtenAt;

	private OffsetDateTime changedAt;

	@Convert(converter = InvestigationTexts.Note.class)
	@Column(name = "text_cipher")
	private String text;

	private UUID formToken;

	@Version
	private long version;

	protected ConfidentialNote() {
	}

	static ConfidentialNote write(long caseFileId, String text, String author, Instant now, UUID formToken) {
		checkText(text);
		var note = new ConfidentialNote();
		note.caseFileId = caseFileId;
		note.text = text.strip();
		note.author = author;
		note.writtenAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		note.formToken = formToken;
		return note;
	}

	/** The author rewrites the note. */
	void edit(String newText, String by, Instant now) {
		RuleViolation.require(author.equals(by), null, "investigation.note.authorOnly");
		checkText(newText);
		this.text = newText.strip();
		this.changedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
	}

	/** Only the author and the head read a confidential note. */
	public boolean readableBy(Viewer viewer) {
		return viewer.isHead() || author.equals(viewer.username());
	}

	public boolean editableBy(Viewer viewer) {
		return author.equals(viewer.username());
	}

	private static void checkText(String text) {
		RuleViolation.require(text != null && !text.isBlank(), "text", "investigation.note.text.required");
		RuleViolation.require(text.strip().length() <= MAX_TEXT, "text", "investigation.note.text.tooLong",
				String.valueOf(MAX_TEXT));
	}

	public Long getId() {
		return id;
	}

	public long getCaseFileId() {
		return caseFileId;
	}

	public String getAuthor() {
		return author;
	}

	public OffsetDateTime getWrittenAt() {
		return writtenAt;
	}

	public OffsetDateTime getChangedAt() {
		return changedAt;
	}

	public String getText() {
		return text;
	}

	public long getVersion() {
		return version;
	}

	public java.util.List<String> lines() {
		return InvestigationEntry.lines(text);
	}

}

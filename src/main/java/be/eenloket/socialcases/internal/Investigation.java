package be.eenloket.socialcases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import be.eenloket.identity.AuditLog;
import be.eenloket.kernel.RuleViolation;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The social investigation of a case file: home visits and interviews, documents received and confidential notes.
 * Whoever may read the file (its workers, the head, a worker who broke the glass) adds to it; a confidential note is
 * read only by its author and the head. What it says is encrypted at rest; every read of a document or a note
 * writes one access-log row. Each form carries a one-time token, so a second submission finds the first row.
 */
@Service
public class Investigation implements PersonalDataEraser {

	private static final String MODULE = "socialcases";

	private final CaseFileRepository files;

	private final InvestigationEntryRepository entries;

	private final ReceivedDocumentRepository documents;

	private final ConfidentialNoteRepository notes;

	private final FileAccess access;

	private final SocialCrypto crypto;

	private final AuditLog audit;

	private final DocumentContentRepository contents;

	private final Clock clock;

	Investigation(CaseFileRepository files, InvestigationEntryRepository entries, ReceivedDocumentRepository documents,
			ConfidentialNoteRepository notes, FileAccess access, SocialCrypto crypto, AuditLog audit, DocumentContentRepository contents,
			Clock clock) {
		this.files = files;
		this.entries = entries;
		this.documents = documents;
		this.notes = notes;
		this.access = access;
		this.crypto = crypto;
		this.audit = audit;
		this.contents = contents;
		this.clock = clock;
	}

	/** The investigation as the viewer of a file read (and logged) sees it: notes only their own, or all for the head. */
	public record Section(List<InvestigationEntry> entries, List<ReceivedDocument> documents,
			List<ConfidentialNote> notes, String viewer, LocalDate earliestDate) {

		public boolean editable(ConfidentialNote note) {
			return note.getAuthor().equals(viewer);
		}

	}

	/**
	 * The investigation part of a file page. Takes the {@link CaseFiles.Read} of the page, so it is shown only
	 * after the need-to-know check and within the one access-log row of that read.
	 */
	@Transactional(readOnly = true)
	public Section section(CaseFiles.Read read, Viewer viewer) {
		var fileId = read.file().getId();
		var visibleNotes = notes.findByCaseFileIdOrderByWrittenAtDescIdDesc(fileId)
			.stream()
			.filter(note -> note.readableBy(viewer))
			.toList();
		return new Section(entries.findByCaseFileIdOrderByHappenedOnDescIdDesc(fileId),
				documents.findByCaseFileIdOrderByReceivedAtDescIdDesc(fileId), visibleNotes, viewer.username(),
				earliestDate(read.file()));
	}

	/** What a visit or interview form says. */
	public record EntryCommand(InvestigationEntry.Kind kind, LocalDate happenedOn, String findings, UUID formToken) {
	}

	/** Logs a home visit or an interview; the same form submitted twice logs it once. */
	@Transactional
	public long logEntry(long caseFileId, EntryCommand command, Viewer viewer) {
		var file = writable(caseFileId, viewer);
		var token = token(command.formToken());
		var existing = entries.findByFormToken(token);
		if (existing.isPresent()) {
			return existing.get().getId();
		}
		var today = LocalDate.now(clock);
		var entry = entries.save(InvestigationEntry.log(caseFileId, command.kind(), command.happenedOn(),
				command.findings(), earliestDate(file), today, viewer.username(), clock.instant(), token));
		// a home visit since the file opened is the yearly visit the follow-up waits for: the next is due a year later
		if (entry.getKind() == InvestigationEntry.Kind.HOME_VISIT && !entry.getHappenedOn().isBefore(file.getOpenedOn())) {
			file.recordHomeVisit(entry.getHappenedOn(), today, viewer.username());
		}
		audit.record(MODULE, "INVESTIGATED", "CaseFile", caseFileId,
				"Sociaal onderzoek (" + entry.getKind().name() + ") genoteerd in dossier " + file.getFileNumber());
		return entry.getId();
	}

	/** An uploaded document: what the browser sent, the type still to be decided from the bytes. */
	public record DocumentCommand(String description, String originalName, byte[] content, UUID formToken) {
	}

	/** Keeps a document the household handed in, encrypted; the same form submitted twice keeps it once. */
	@Transactional
	public long receiveDocument(long caseFileId, DocumentCommand command, Viewer viewer) {
		var file = writable(caseFileId, viewer);
		var token = token(command.formToken());
		var existing = documents.findByFormToken(token);
		if (existing.isPresent()) {
			return existing.get().getId();
		}
		var document = documents.save(ReceivedDocument.receive(caseFileId, command.description(),
				command.originalName(), command.content(), viewer.username(), clock.instant(), token));
		contents.save(new DocumentContent(document.getId(),
				crypto.encryptBytes(command.content(), InvestigationTexts.DOCUMENT_CONTENT)));
		audit.record(MODULE, "DOCUMENT_RECEIVED", "CaseFile", caseFileId,
				"Document " + document.getId() + " (" + document.getContentType() + ") toegevoegd aan dossier "
						+ file.getFileNumber());
		return document.getId();
	}

	/** A document to download: its type from its bytes, a safe file name and the decrypted bytes. */
	public record Download(DocumentType type, String fileName, byte[] content) {
	}

	/** Reads a document: need-to-know first, then exactly one access-log row, in this transaction. */
	@Transactional
	public Download download(long caseFileId, long documentId, Viewer viewer) {
		var file = files.findById(caseFileId).orElseThrow(() -> new CaseFileNotFound(caseFileId));
		var document = documents.findById(documentId)
			.filter(found -> found.getCaseFileId() == caseFileId)
			.orElseThrow(() -> new CaseFileNotFound(caseFileId));
		access.read(file, viewer, FileAccess.What.DOCUMENT,
				"Document " + documentId + " van dossier " + file.getFileNumber());
		var cipher = contents.findById(documentId).orElseThrow(() -> new CaseFileNotFound(caseFileId)).getContentCipher();
		return new Download(document.type(), document.getFileName(),
				crypto.decryptBytes(cipher, InvestigationTexts.DOCUMENT_CONTENT));
	}

	/** What a note form says. */
	public record NoteCommand(String text, UUID formToken) {
	}

	@Transactional
	public long writeNote(long caseFileId, NoteCommand command, Viewer viewer) {
		var file = writable(caseFileId, viewer);
		var token = token(command.formToken());
		var existing = notes.findByFormToken(token);
		if (existing.isPresent()) {
			return existing.get().getId();
		}
		var note = notes.save(ConfidentialNote.write(caseFileId, command.text(), viewer.username(), clock.instant(), token));
		audit.record(MODULE, "NOTE_WRITTEN", "CaseFile", caseFileId,
				"Vertrouwelijke notitie " + note.getId() + " in dossier " + file.getFileNumber());
		return note.getId();
	}

	/** A note with its file, as its author or the head reads it. */
	public record NoteRead(CaseFile file, ConfidentialNote note, boolean editable) {
	}

	/**
	 * Reads one confidential note (its page): need-to-know for the file, then the note's own rule; anyone else than
	 * its author and the head is told there is no such note. One access-log row, none for a refused read.
	 */
	@Transactional
	public NoteRead readNote(long caseFileId, long noteId, Viewer viewer) {
		var file = files.findById(caseFileId).orElseThrow(() -> new CaseFileNotFound(caseFileId));
		access.purpose(file, viewer);
		var note = visibleNote(caseFileId, noteId, viewer);
		access.read(file, viewer, FileAccess.What.NOTE, "Notitie " + noteId + " van dossier " + file.getFileNumber());
		return new NoteRead(file, note, note.editableBy(viewer));
	}

	/** The author rewrites a note; a change made on a stale copy is refused. */
	@Transactional
	public void editNote(long caseFileId, long noteId, long version, String text, Viewer viewer) {
		var file = writable(caseFileId, viewer);
		var note = visibleNote(caseFileId, noteId, viewer);
		if (note.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(ConfidentialNote.class, noteId);
		}
		note.edit(text, viewer.username(), clock.instant());
		notes.save(note);
		audit.record(MODULE, "NOTE_CHANGED", "CaseFile", caseFileId,
				"Vertrouwelijke notitie " + noteId + " gewijzigd in dossier " + file.getFileNumber());
	}

	/** Whether a form with this one-time token has been saved (in any of the investigation's tables). */
	@Transactional(readOnly = true)
	public boolean submitted(UUID formToken) {
		return entries.findByFormToken(formToken).isPresent() || documents.findByFormToken(formToken).isPresent()
				|| notes.findByFormToken(formToken).isPresent();
	}

	/** What {@link #erase(long)} removed. */
	public record Erased(int entries, int documents, int notes) {
	}

	/**
	 * Erases the investigation of a file: its visits and interviews, its documents with their bytes and its
	 * confidential notes. For the retention run, which anonymises a closed file (it checks the file's state and
	 * writes the audit entry); runs in the caller's transaction.
	 */
	@Override
	public String erases() {
		return "visits, interviews, documents and confidential notes";
	}

	@Override
	@Transactional
	public void eraseFor(long caseFileId) {
		erase(caseFileId);
	}

	@Transactional
	public Erased erase(long caseFileId) {
		return new Erased((int) entries.deleteByCaseFileId(caseFileId), (int) documents.deleteByCaseFileId(caseFileId),
				(int) notes.deleteByCaseFileId(caseFileId));
	}

	/**
	 * The earliest plausible date of a visit or interview: the first request's receipt minus
	 * {@link InvestigationEntry#DAYS_BEFORE_RECEIPT} days.
	 */
	static LocalDate earliestDate(CaseFile file) {
		var first = file.getRequests()
			.stream()
			.map(AidRequest::getReceivedOn)
			.min(Comparator.naturalOrder())
			.orElse(file.getOpenedOn());
		return first.minusDays(InvestigationEntry.DAYS_BEFORE_RECEIPT);
	}

	private ConfidentialNote visibleNote(long caseFileId, long noteId, Viewer viewer) {
		return notes.findById(noteId)
			.filter(note -> note.getCaseFileId() == caseFileId && note.readableBy(viewer))
			.orElseThrow(() -> new CaseFileNotFound(caseFileId));
	}

	private CaseFile writable(long caseFileId, Viewer viewer) {
		var file = files.findById(caseFileId).orElseThrow(() -> new CaseFileNotFound(caseFileId));
		access.purpose(file, viewer);
		RuleViolation.require(file.getStatus() == CaseFile.Status.OPEN, null, "caseFile.closed");
		return file;
	}

	/** A form without its token (a hand-made request) still saves once: it gets a token of its own. */
	private static UUID token(UUID formToken) {
		return formToken == null ? UUID.randomUUID() : formToken;
	}

}

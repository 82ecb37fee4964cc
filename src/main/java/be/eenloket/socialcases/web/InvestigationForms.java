package be.eenloket.socialcases.web;

import java.time.LocalDate;
import java.util.UUID;

import be.eenloket.socialcases.internal.InvestigationEntry;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The forms of the social investigation on a file's page; each carries a one-time token against double submission. */
final class InvestigationForms {

	private InvestigationForms() {
	}

	static class Tokened {

		private UUID formToken = UUID.randomUUID();

		public UUID getFormToken() {
			return formToken;
		}

		public void setFormToken(UUID formToken) {
			this.formToken = formToken;
		}

	}

	static class EntryForm extends Tokened {

		private InvestigationEntry.Kind kind;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate happenedOn;

		private String findings;

		public InvestigationEntry.Kind getKind() {
			return kind;
		}

		public void setKind(InvestigationEntry.Kind kind) {
			this.kind = kind;
		}

		public LocalDate getHappenedOn() {
			return happenedOn;
		}

		public void setHappenedOn(LocalDate happenedOn) {
			this.happenedOn = happenedOn;
		}

		public String getFindings() {
			return findings;
		}

		public void setFindings(String findings) {
			this.findings = findings;
		}

	}

	static class DocumentForm extends Tokened {

		private String description;

		private MultipartFile document;

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public MultipartFile getDocument() {
			return document;
		}

		public void setDocument(MultipartFile document) {
			this.document = document;
		}

	}

	static class NoteForm extends Tokened {

		private String text;

		private long version = -1;

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

}

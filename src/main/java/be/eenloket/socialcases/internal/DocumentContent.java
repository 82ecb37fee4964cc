package be.eenloket.socialcases.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The encrypted bytes of a {@link ReceivedDocument}, in a table of their own so that listing a file's documents never
 * reads them: only a download does. Written once with its document; deleted with it.
 */
@Entity
@Table(name = "sc_document_content")
class DocumentContent {

	@Id
	@Column(name = "document_id")
	private Long documentId;

	@Column(name = "content_cipher", nullable = false, updatable = false)
	private byte[] contentCipher;

	protected DocumentContent() {
	}

	DocumentContent(long documentId, byte[] contentCipher) {
		this.documentId = documentId;
		this.contentCipher = contentCipher;
	}

	byte[] getContentCipher() {
		return contentCipher;
	}

}

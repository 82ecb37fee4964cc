package be.eenloket.socialcases.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import be.eenloket.identity.Role;
import be.eenloket.kernel.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The investigation's rules without Spring: the type from the bytes, safe file names, plausible dates, notes. */
class InvestigationRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	@Test
	void theTypeComesFromTheMagicNumberOnly() {
		assertThat(DocumentType.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(DocumentType.PDF);
		assertThat(DocumentType.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }))
			.contains(DocumentType.JPEG);
		assertThat(DocumentType.sniff(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 }))
			.contains(DocumentType.PNG);
		assertThat(DocumentType.sniff("%PDF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(DocumentType.sniff(new byte[] { (byte) 0x89, 'P', 'N', 'G' })).isEmpty();
		assertThat(DocumentType.sniff(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(DocumentType.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(DocumentType.sniff(new byte[0])).isEmpty();
	}

	@Test
	void aDownloadNameKeepsNoPathNoQuotesNoAccentsAndTheExtensionOfItsBytes() {
		assertThat(ReceivedDocument.safeFileName("../../etc/passwd", DocumentType.PDF)).isEqualTo("passwd.pdf");
		assertThat(ReceivedDocument.safeFileName("C:\\Users\\anna\\Loonbrief mei \"2026\".exe", DocumentType.PNG))
			.isEqualTo("Loonbrief_mei_2026.png");
		assertThat(ReceivedDocument.safeFileName("Zoë\r\nSet-Cookie: x.jpg", DocumentType.JPEG))
			.isEqualTo("Zoe_Set-Cookie_x.jpg");
		assertThat(ReceivedDocument.safeFileName("", DocumentType.PDF)).isEqualTo("document.pdf");
		assertThat(ReceivedDocument.safeFileName("....", DocumentType.PDF)).isEqualTo("document.pdf");
		assertThat(ReceivedDocument.safeFileName("a".repeat(300) + ".pdf", DocumentType.PDF)).hasSize(84);
	}

	@Test
	void anUploadMustBeAPdfJpegOrPngOfAtMostTenMegabytesWithADescription() {
		var pdf = "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII);
		assertThat(receive("Loonbrief", "x.txt", pdf).getContentType()).isEqualTo("application/pdf");
		assertRefused(() -> receive("Loonbrief", "x.pdf", "hallo".getBytes(StandardCharsets.US_ASCII)), "document",
				"investigation.document.typeRefused");
		assertRefused(() -> receive("Loonbrief", "x.pdf", new byte[0]), "document", "investigation.document.empty");
		assertRefused(() -> receive("Loonbrief", "", new byte[0]), "document", "investigation.document.required");
		var tooLarge = new byte[ReceivedDocument.MAX_BYTES + 1];
		System.arraycopy(pdf, 0, tooLarge, 0, pdf.length);
		assertRefused(() -> receive("Loonbrief", "x.pdf", tooLarge), "document", "investigation.document.tooLarge");
		assertRefused(() -> receive(" ", "x.pdf", pdf), "description", "investigation.document.description.required");
		assertRefused(() -> receive("d".repeat(201), "x.pdf", pdf), "description",
				"investigation.document.description.tooLong");
	}

	@Test
	void aVisitLiesBetweenThirtyDaysBeforeTheFirstReceiptAndToday() {
		var earliest = TODAY.minusDays(40);
		assertThat(log(earliest, "Bezoek", earliest).getHappenedOn()).isEqualTo(earliest);
		assertThat(log(TODAY, "  Bezoek  ", earliest).getFindings()).isEqualTo("Bezoek");
		assertRefused(() -> log(earliest.minusDays(1), "Bezoek", earliest), "happenedOn", "investigation.entry.date.tooEarly");
		assertRefused(() -> log(TODAY.plusDays(1), "Bezoek", earliest), "happenedOn", "investigation.entry.date.future");
		assertRefused(() -> log(null, "Bezoek", earliest), "happenedOn", "investigation.entry.date.required");
		assertRefused(() -> log(TODAY, "", earliest), "findings", "investigation.entry.findings.required");
		assertRefused(() -> log(TODAY, "x".repeat(4001), earliest), "findings", "investigation.entry.findings.tooLong");
	}

	@Test
	void onlyTheAuthorAndTheHeadReadANoteAndOnlyTheAuthorChangesIt() {
		var note = ConfidentialNote.write(1, "Vertrouwelijk", "wouter", Instant.EPOCH, UUID.randomUUID());
		var author = new Viewer("wouter", EnumSet.of(Role.SOCIAL_WORKER));
		var colleague = new Viewer("collega", EnumSet.of(Role.SOCIAL_WORKER));
		var head = new Viewer("hoofd", EnumSet.of(Role.SOCIAL_SERVICE_HEAD));
		assertThat(note.readableBy(author)).isTrue();
		assertThat(note.readableBy(head)).isTrue();
		assertThat(note.readableBy(colleague)).isFalse();
		assertThat(note.editableBy(head)).isFalse();
		assertRefused(() -> note.edit("Anders", "hoofd", Instant.EPOCH), null, "investigation.note.authorOnly");
		note.edit(" Nieuw ", "wouter", Instant.EPOCH.plusSeconds(60));
		assertThat(note.getText()).isEqualTo("Nieuw");
		assertThat(note.getChangedAt()).isNotNull();
	}

	private static ReceivedDocument receive(String description, String name, byte[] bytes) {
		return ReceivedDocument.receive(1, description, name, bytes, "wouter", Instant.EPOCH, UUID.randomUUID());
	}

	private static InvestigationEntry log(LocalDate on, String findings, LocalDate earliest) {
		return InvestigationEntry.log(1, InvestigationEntry.Kind.HOME_VISIT, on, findings, earliest, TODAY, "wouter",
				Instant.EPOCH, UUID.randomUUID());
	}

	private static void assertRefused(Runnable action, String field, String messageKey) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, violation -> {
			assertThat(violation.field()).isEqualTo(field);
			assertThat(violation.messageKey()).isEqualTo(messageKey);
		});
	}

}

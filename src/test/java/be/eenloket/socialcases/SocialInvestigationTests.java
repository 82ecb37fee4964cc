package be.eenloket.socialcases;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.UUID;

import javax.imageio.ImageIO;

import be.eenloket.identity.Role;
import be.eenloket.socialcases.internal.CaseFiles;
import be.eenloket.socialcases.internal.Investigation;
import be.eenloket.socialcases.internal.Viewer;
import be.eenloket.support.IntegrationTest;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The social investigation of a file: visits and interviews with plausible dates, documents whose type comes from
 * their bytes, confidential notes that only their author and the head read, everything encrypted in the database,
 * every read of a document or note logged once, and a double submission saved once.
 */
@IntegrationTest
class SocialInvestigationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	Investigation investigation;

	SocialCaseFiles files;

	LocalDate today;

	@BeforeEach
	void testData() {
		files = new SocialCaseFiles(jdbc, caseFiles);
		today = LocalDate.now(clock);
	}

	// ---- visits and interviews ----

	@Test
	void aWorkerLogsVisitsAndInterviewsOnceEachListedNewestFirstWithTheFindingsEncrypted() throws Exception {
		var fileId = files.openedFor("wouter", today.minusDays(10));
		var token = UUID.randomUUID().toString();
		for (int click = 0; click < 2; click++) {
			mvc.perform(post(file(fileId) + "/onderzoek").with(worker("wouter")).with(csrf())
				.param("kind", "INTERVIEW").param("happenedOn", today.minusDays(9).toString())
				.param("findings", "Eerste gesprek: huur-vastgesteld-ABC").param("formToken", token))
				.andExpect(redirectedUrl(file(fileId) + "#onderzoek"));
		}
		mvc.perform(post(file(fileId) + "/onderzoek").with(worker("wouter")).with(csrf())
			.param("kind", "HOME_VISIT").param("happenedOn", today.toString())
			.param("findings", "Huisbezoek: woning-bewoonbaar-XYZ\nTweede regel").param("formToken", UUID.randomUUID().toString()))
			.andExpect(redirectedUrl(file(fileId) + "#onderzoek"));
		assertThat(count("select count(*) from sc_investigation_entry where case_file_id = ?", fileId)).isEqualTo(2);
		// the home visit is the yearly visit the follow-up waited for: the next one is due a year later
		assertThat(jdbc.sql("select last_home_visit_on from sc_case_file where id = ?").param(fileId)
			.query(LocalDate.class).single()).isEqualTo(today);
		assertThat(jdbc.sql("select due_on from sc_follow_up where case_file_id = ? and kind = 'HOME_VISIT' and status = 'OPEN'")
			.param(fileId).query(LocalDate.class).list()).containsExactly(today.plusYears(1));
		assertThat(jdbc.sql("select recorded_by from sc_investigation_entry where case_file_id = ?").param(fileId)
			.query(String.class).list()).containsOnly("wouter");

		var page = mvc.perform(get(file(fileId)).with(worker("wouter")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Huisbezoek"), containsString("Gesprek"),
					containsString("<p>Tweede regel</p>"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page.indexOf("woning-bewoonbaar-XYZ")).isLessThan(page.indexOf("huur-vastgesteld-ABC"));
		assertNoPlaintext("select findings_cipher from sc_investigation_entry where case_file_id = ?", fileId,
				"woning-bewoonbaar", "huur-vastgesteld");
	}

	@Test
	void twoSubmissionsOfOneFormAtTheSameTimeSaveOneEntry() throws Exception {
		var fileId = files.openedFor("wouter", today);
		var token = UUID.randomUUID();
		var command = new Investigation.EntryCommand(be.eenloket.socialcases.internal.InvestigationEntry.Kind.INTERVIEW,
				today, "Gelijktijdig verstuurd", token);
		var start = new java.util.concurrent.CountDownLatch(1);
		try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
			var results = new java.util.ArrayList<java.util.concurrent.Future<String>>();
			for (int i = 0; i < 2; i++) {
				results.add(pool.submit(() -> {
					start.await();
					try {
						return "saved " + investigation.logEntry(fileId, command, viewer("wouter"));
					}
					catch (org.springframework.dao.DataIntegrityViolationException lostTheRace) {
						// the controller then finds the winner by the token
						return investigation.submitted(token) ? "found" : "lost";
					}
				}));
			}
			start.countDown();
			for (var result : results) {
				assertThat(result.get()).isNotEqualTo("lost");
			}
		}
		assertThat(count("select count(*) from sc_investigation_entry where case_file_id = ?", fileId)).isEqualTo(1);
	}

	@Test
	void aDateInTheFutureOrLongBeforeTheRequestAndMissingFindingsAreRefusedByTheField() throws Exception {
		var fileId = files.openedFor("wouter", today.minusDays(10));
		mvc.perform(entry(fileId, "HOME_VISIT", today.plusDays(1), "Vaststelling"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("error-summary"), containsString("happenedOn-error"),
					containsString("De datum ligt in de toekomst"))));
		mvc.perform(entry(fileId, "HOME_VISIT", today.minusDays(41), "Vaststelling"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("te ver voor de aanvraag"),
					containsString(fmt(today.minusDays(40))))));
		mvc.perform(entry(fileId, "INTERVIEW", today, "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("findings-error"), containsString("Schrijf uw vaststellingen op"))));
		mvc.perform(entry(fileId, "", today, "Vaststelling"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("huisbezoek of een gesprek was")));
		mvc.perform(entry(fileId, "INTERVIEW", today, "x".repeat(4001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ten hoogste 4000 tekens")));
		// the earliest plausible day itself is accepted
		mvc.perform(entry(fileId, "INTERVIEW", today.minusDays(40), "Gesprek voor de aanvraag"))
			.andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from sc_investigation_entry where case_file_id = ?", fileId)).isEqualTo(1);
	}

	// ---- documents ----

	@Test
	void aRealPdfPngAndJpegAreKeptEncryptedAndDownloadedWithTheTypeTheirBytesSay() throws Exception {
		var fileId = files.openedFor("wouter", today.minusDays(3));
		var pdf = pdf();
		var png = image("png");
		var jpeg = image("jpeg");
		// what the browser claims is ignored: the bytes decide
		upload(fileId, "Loonbrief oktober", new MockMultipartFile("document", "C:\\scans\\loonbrief oktober é.bin",
				"application/octet-stream", pdf)).andExpect(redirectedUrl(file(fileId) + "#documenten"));
		upload(fileId, "Foto huurcontract", new MockMultipartFile("document", "contract.pdf", "application/pdf", png))
			.andExpect(redirectedUrl(file(fileId) + "#documenten"));
		upload(fileId, "Bankafschrift", new MockMultipartFile("document", "../../etc/afschrift\".jpg", "image/png", jpeg))
			.andExpect(redirectedUrl(file(fileId) + "#documenten"));

		var stored = jdbc.sql("select id, content_type from sc_document where case_file_id = ? order by id")
			.param(fileId).query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).list();
		assertThat(stored).extracting(row -> row[1]).containsExactly("application/pdf", "image/png", "image/jpeg");

		var pdfId = (long) stored.get(0)[0];
		mvc.perform(get(file(fileId) + "/documenten/" + pdfId).with(worker("wouter")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"loonbrief_oktober_e.pdf\""))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(pdf));
		mvc.perform(get(file(fileId) + "/documenten/" + stored.get(1)[0]).with(head()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"contract.png\""))
			.andExpect(content().bytes(png));
		mvc.perform(get(file(fileId) + "/documenten/" + stored.get(2)[0]).with(worker("wouter")))
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"afschrift.jpg\""))
			.andExpect(content().bytes(jpeg));

		mvc.perform(get(file(fileId)).with(worker("wouter")))
			.andExpect(content().string(allOf(containsString("Loonbrief oktober (downloaden)"), containsString("PDF,"),
					containsString("PNG-afbeelding"))));
		var cipher = jdbc.sql("select content_cipher from sc_document_content where document_id = ?").param(pdfId)
			.query(byte[].class).single();
		assertThat(indexOf(cipher, Arrays.copyOfRange(pdf, 0, 16))).isNegative();
		assertThat(indexOf(cipher, "%PDF-".getBytes(StandardCharsets.US_ASCII))).isNegative();
		assertNoPlaintext("select description_cipher from sc_document where case_file_id = ?", fileId, "Loonbrief",
				"huurcontract", "Bankafschrift");
		assertNoPlaintext("select file_name_cipher from sc_document where case_file_id = ?", fileId, "loonbrief",
				"contract", "afschrift");
	}

	@Test
	void aTextRenamedToPdfAnEmptyFileAFileOver10MbAndNoFileAreRefusedNextToTheUploadField() throws Exception {
		var fileId = files.openedFor("wouter", today);
		upload(fileId, "Loonbrief", new MockMultipartFile("document", "loonbrief.pdf", "application/pdf",
				"Dit is gewoon tekst, geen PDF".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("error-summary"), containsString("document-error"),
					containsString("geen PDF, JPEG of PNG"))));
		upload(fileId, "Loonbrief", new MockMultipartFile("document", "leeg.pdf", "application/pdf", new byte[0]))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("document-error"), containsString("Het gekozen bestand is leeg"))));
		var tooLarge = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(pdf(), 0, tooLarge, 0, 5);
		upload(fileId, "Loonbrief", new MockMultipartFile("document", "groot.pdf", "application/pdf", tooLarge))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("document-error"), containsString("groter dan 10 MB"))));
		upload(fileId, "Loonbrief", new MockMultipartFile("document", "", "application/octet-stream", new byte[0]))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies het bestand")));
		upload(fileId, " ", new MockMultipartFile("document", "ok.png", "image/png", image("png")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("description-error"), containsString("Geef een omschrijving"))));
		assertThat(count("select count(*) from sc_document where case_file_id = ?", fileId)).isZero();
		assertThat(count("select count(*) from sc_document_content c join sc_document d on d.id = c.document_id "
				+ "where d.case_file_id = ?", fileId)).isZero();
	}

	@Test
	void exactlyTenMegabytesIsAcceptedAndTheSameFormTwiceKeepsOneDocument() throws Exception {
		var fileId = files.openedFor("wouter", today);
		var tenMegabytes = new byte[10 * 1024 * 1024];
		var png = image("png");
		System.arraycopy(png, 0, tenMegabytes, 0, png.length);
		var token = UUID.randomUUID().toString();
		for (int click = 0; click < 2; click++) {
			mvc.perform(multipart(file(fileId) + "/documenten")
				.file(new MockMultipartFile("document", "scan.png", "image/png", tenMegabytes))
				.param("description", "Grote scan").param("formToken", token).with(worker("wouter")).with(csrf()))
				.andExpect(redirectedUrl(file(fileId) + "#documenten"));
		}
		assertThat(count("select count(*) from sc_document where case_file_id = ?", fileId)).isEqualTo(1);
		assertThat(count("select size_bytes from sc_document where case_file_id = ?", fileId)).isEqualTo(10 * 1024 * 1024);
	}

	@Test
	void anUploadTooLargeForTheServerLandsOnTheFileWithTheMessageByTheUploadField() throws Exception {
		var fileId = files.openedFor("wouter", today);
		mvc.perform(get(file(fileId) + "/documenten/te-groot").with(worker("wouter")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("error-summary"), containsString("document-error"),
					containsString("groter dan 10 MB"), containsString("Fout: "))));
		mvc.perform(get(file(fileId) + "/documenten/te-groot").with(worker("andere")))
			.andExpect(redirectedUrl(file(fileId) + "/noodtoegang"));
		mvc.perform(get(file(fileId) + "/documenten/te-groot").with(user("x").roles("FRONT_DESK")))
			.andExpect(status().isForbidden());
	}

	@Test
	void anUploadWithoutOrWithAForgedCsrfTokenIsRefused() throws Exception {
		var fileId = files.openedFor("wouter", today);
		mvc.perform(multipart(file(fileId) + "/documenten")
			.file(new MockMultipartFile("document", "scan.png", "image/png", image("png")))
			.param("description", "Zonder token").with(worker("wouter")))
			.andExpect(status().isForbidden());
		mvc.perform(multipart(file(fileId) + "/documenten")
			.file(new MockMultipartFile("document", "scan.png", "image/png", image("png")))
			.param("description", "Vervalst token").param("_csrf", "dGhpcy1pcy1ub3QtYS1yZWFsLXRva2Vu")
			.with(worker("wouter")))
			.andExpect(status().isForbidden());
		assertThat(count("select count(*) from sc_document where case_file_id = ?", fileId)).isZero();
	}

	@Test
	void aDownloadWritesExactlyOneAccessLogRowAndARefusedOneNone() throws Exception {
		var fileId = files.openedFor("wouter", today);
		var documentId = investigation.receiveDocument(fileId,
				new Investigation.DocumentCommand("Attest", "attest.png", image("png"), UUID.randomUUID()), viewer("wouter"));
		var before = count("select count(*) from sc_access_log where case_file_id = ?", fileId);
		mvc.perform(get(file(fileId) + "/documenten/" + documentId).with(worker("wouter"))).andExpect(status().isOk());
		assertThat(count("select count(*) from sc_access_log where case_file_id = ?", fileId)).isEqualTo(before + 1);
		assertThat(jdbc.sql("select what || ' ' || purpose from sc_access_log where case_file_id = ? order by id desc limit 1")
			.param(fileId).query(String.class).single()).isEqualTo("DOCUMENT ASSIGNED");

		mvc.perform(get(file(fileId) + "/documenten/" + documentId).with(worker("andere")))
			.andExpect(redirectedUrl(file(fileId) + "/noodtoegang"));
		for (var role : new String[] { "FRONT_DESK", "ADMIN", "DPO", "BCSD_MEMBER" }) {
			mvc.perform(get(file(fileId) + "/documenten/" + documentId).with(user("x").roles(role)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get(file(fileId) + "/documenten/" + (documentId + 100000)).with(worker("wouter")))
			.andExpect(status().isNotFound());
		assertThat(count("select count(*) from sc_access_log where case_file_id = ?", fileId)).isEqualTo(before + 1);
	}

	// ---- confidential notes ----

	@Test
	void aConfidentialNoteIsReadOnlyByItsAuthorAndTheHeadOthersDoNotSeeItExists() throws Exception {
		var fileId = files.openedFor("wouter", today);
		jdbc.sql("insert into sc_case_worker (case_file_id, username) values (?, 'collega')").param(fileId).update();
		mvc.perform(post(file(fileId) + "/notities").with(worker("wouter")).with(csrf())
			.param("text", "Vermoeden-van-geweld-QRS").param("formToken", UUID.randomUUID().toString()))
			.andExpect(redirectedUrl(file(fileId) + "#notities"));
		var noteId = count("select id from sc_confidential_note where case_file_id = ?", fileId);
		var notePage = file(fileId) + "/notities/" + noteId;

		mvc.perform(get(file(fileId)).with(worker("wouter")))
			.andExpect(content().string(allOf(containsString("Vermoeden-van-geweld-QRS"), containsString(notePage))));
		mvc.perform(get(file(fileId)).with(head()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Vermoeden-van-geweld-QRS"), not(containsString(notePage)))));
		// another worker of the same file: the file yes, the note not, not even a trace of it
		mvc.perform(get(file(fileId)).with(worker("collega")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("Vermoeden-van-geweld")), not(containsString("/notities/")),
					containsString("U hebt geen vertrouwelijke notities"))));
		// someone who broke the glass reads the file but not the note
		mvc.perform(post(file(fileId) + "/noodtoegang").with(worker("invaller")).with(csrf())
			.param("reason", "Vervanging tijdens ziekte van Wouter"));
		mvc.perform(get(file(fileId)).with(worker("invaller")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Vermoeden-van-geweld"))));

		var before = count("select count(*) from sc_access_log where case_file_id = ?", fileId);
		mvc.perform(get(notePage).with(worker("collega"))).andExpect(status().isNotFound());
		mvc.perform(get(notePage).with(worker("invaller"))).andExpect(status().isNotFound());
		mvc.perform(get(notePage).with(worker("buitenstaander"))).andExpect(redirectedUrl(file(fileId) + "/noodtoegang"));
		for (var role : new String[] { "FRONT_DESK", "ADMIN", "DPO", "GENERAL_DIRECTOR" }) {
			mvc.perform(get(notePage).with(user("x").roles(role))).andExpect(status().isForbidden());
			mvc.perform(get(file(fileId)).with(user("x").roles(role))).andExpect(status().isForbidden());
		}
		assertThat(count("select count(*) from sc_access_log where case_file_id = ?", fileId)).isEqualTo(before);

		mvc.perform(get(notePage).with(worker("wouter")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Vermoeden-van-geweld-QRS"), containsString("Wijziging bewaren"))));
		mvc.perform(get(notePage).with(head()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Vermoeden-van-geweld-QRS"), not(containsString("Wijziging bewaren")))));
		assertThat(jdbc.sql("select what || ' ' || purpose from sc_access_log where case_file_id = ? and id > "
				+ "(select max(id) - 2 from sc_access_log where case_file_id = ?) order by id")
			.params(fileId, fileId).query(String.class).list()).containsExactly("NOTE ASSIGNED", "NOTE HEAD");
		assertNoPlaintext("select text_cipher from sc_confidential_note where case_file_id = ?", fileId, "Vermoeden");
	}

	@Test
	void theAuthorChangesANoteTheSameFormTwiceSavesOnceAndAStaleChangeIsExplained() throws Exception {
		var fileId = files.openedFor("wouter", today);
		var token = UUID.randomUUID().toString();
		for (int click = 0; click < 2; click++) {
			mvc.perform(post(file(fileId) + "/notities").with(worker("wouter")).with(csrf()).param("text", "Eerste versie")
				.param("formToken", token)).andExpect(status().is3xxRedirection());
		}
		assertThat(count("select count(*) from sc_confidential_note where case_file_id = ?", fileId)).isEqualTo(1);
		var noteId = count("select id from sc_confidential_note where case_file_id = ?", fileId);
		var version = count("select version from sc_confidential_note where id = ?", noteId);
		var notePage = file(fileId) + "/notities/" + noteId;

		mvc.perform(post(notePage).with(worker("wouter")).with(csrf()).param("text", "")
			.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Schrijf de notitie")));
		mvc.perform(post(notePage).with(worker("wouter")).with(csrf()).param("text", "Tweede versie")
			.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl(file(fileId) + "#notities"));
		mvc.perform(post(notePage).with(worker("wouter")).with(csrf()).param("text", "Derde versie, op een oude kopie")
			.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("notification notification-warning"),
					containsString("Tweede versie"))));
		mvc.perform(post(notePage).with(head()).with(csrf()).param("text", "Het hoofd herschrijft")
			.param("version", String.valueOf(version + 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Alleen wie de notitie schreef")));
		assertThat(investigation.readNote(fileId, noteId, viewer("wouter")).note().getText()).isEqualTo("Tweede versie");
	}

	@ParameterizedTest
	@ValueSource(strings = { "FRONT_DESK", "ADMIN", "DPO", "BCSD_SECRETARY" })
	void otherRolesCannotAddToTheInvestigation(String role) throws Exception {
		var fileId = files.openedFor("wouter", today);
		var outsider = user("buiten").roles(role);
		mvc.perform(post(file(fileId) + "/onderzoek").with(outsider).with(csrf()).param("kind", "INTERVIEW")
			.param("happenedOn", today.toString()).param("findings", "x")).andExpect(status().isForbidden());
		mvc.perform(multipart(file(fileId) + "/documenten").file(new MockMultipartFile("document", "a.png", "image/png",
				image("png"))).param("description", "x").with(outsider).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(file(fileId) + "/notities").with(outsider).with(csrf()).param("text", "x"))
			.andExpect(status().isForbidden());
		assertThat(count("select (select count(*) from sc_investigation_entry where case_file_id = ?) "
				+ "+ (select count(*) from sc_document where case_file_id = ?) "
				+ "+ (select count(*) from sc_confidential_note where case_file_id = ?)", fileId, fileId, fileId)).isZero();
	}

	@Test
	void eraseForRemovesTheWholeInvestigationOfOneFileOnly() throws Exception {
		var erased = files.openedFor("wouter", today);
		var kept = files.openedFor("wouter", today);
		for (var fileId : new long[] { erased, kept }) {
			investigation.logEntry(fileId, new Investigation.EntryCommand(
					be.eenloket.socialcases.internal.InvestigationEntry.Kind.HOME_VISIT, today, "Bezoek", UUID.randomUUID()),
					viewer("wouter"));
			investigation.receiveDocument(fileId,
					new Investigation.DocumentCommand("Attest", "a.png", image("png"), UUID.randomUUID()), viewer("wouter"));
			investigation.writeNote(fileId, new Investigation.NoteCommand("Notitie", UUID.randomUUID()), viewer("wouter"));
		}
		assertThat(investigation.erase(erased)).isEqualTo(new Investigation.Erased(1, 1, 1));
		assertThat(rowsOf(erased)).isZero();
		assertThat(rowsOf(kept)).isEqualTo(3);
		assertThat(count("select count(*) from sc_document_content c where not exists "
				+ "(select 1 from sc_document d where d.id = c.document_id)")).isZero();
	}

	@Test
	void aClosedFileTakesNoNewInvestigation() throws Exception {
		var fileId = files.openedFor("wouter", today);
		var requestId = count("select id from sc_aid_request where case_file_id = ?", fileId);
		caseFiles.forward(fileId, count("select version from sc_case_file where id = ?", fileId), requestId, "OCMW Eeklo",
				"Woont in Eeklo", today, viewer("wouter"));
		caseFiles.close(fileId, count("select version from sc_case_file where id = ?", fileId),
				be.eenloket.socialcases.internal.CaseFile.ClosureReason.MOVED, viewer("wouter"));
		mvc.perform(entry(fileId, "INTERVIEW", today, "Te laat")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit dossier is afgesloten")));
		assertThat(rowsOf(fileId)).isZero();
	}

	// ---- helpers ----

	private long rowsOf(long fileId) {
		return count("select (select count(*) from sc_investigation_entry where case_file_id = ?) "
				+ "+ (select count(*) from sc_document where case_file_id = ?) "
				+ "+ (select count(*) from sc_confidential_note where case_file_id = ?)", fileId, fileId, fileId);
	}

	private org.springframework.test.web.servlet.RequestBuilder entry(long fileId, String kind, LocalDate on, String findings) {
		return post(file(fileId) + "/onderzoek").with(worker("wouter")).with(csrf()).param("kind", kind)
			.param("happenedOn", on.toString()).param("findings", findings)
			.param("formToken", UUID.randomUUID().toString());
	}

	private org.springframework.test.web.servlet.ResultActions upload(long fileId, String description,
			MockMultipartFile document) throws Exception {
		return mvc.perform(multipart(file(fileId) + "/documenten").file(document).param("description", description)
			.param("formToken", UUID.randomUUID().toString()).with(worker("wouter")).with(csrf()));
	}

	private void assertNoPlaintext(String sql, long fileId, String... words) {
		for (var cipher : jdbc.sql(sql).param(fileId).query(byte[].class).list()) {
			var raw = new String(cipher, StandardCharsets.ISO_8859_1);
			for (var word : words) {
				assertThat(raw).doesNotContainIgnoringCase(word);
			}
		}
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	static byte[] pdf() throws Exception {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] image(String format) throws Exception {
		var image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0xFF0000);
		try (var out = new ByteArrayOutputStream()) {
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static String file(long fileId) {
		return "/sociale-dienst/dossiers/" + fileId;
	}

	private static String fmt(LocalDate date) {
		return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	private static Viewer viewer(String name) {
		return new Viewer(name, EnumSet.of(Role.SOCIAL_WORKER));
	}

	static RequestPostProcessor worker(String name) {
		return user(name).roles("SOCIAL_WORKER");
	}

	static RequestPostProcessor head() {
		return user("hoofdsocialedienst").roles("SOCIAL_SERVICE_HEAD");
	}

}

package be.eenloket.socialcases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import be.eenloket.identity.MappedEndpoints;
import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page, PDF or download of a case file writes exactly one access-log row; the test finds those URLs in the
 * application's mappings, so a new file page without logging (or without a sample here) fails it. The DPO reads the log.
 */
@IntegrationTest
class SocialAccessLogTests {

	/** File URLs that show no file content (asking for emergency access), so they log nothing. */
	static final Set<String> NOT_A_READ = Set.of("/sociale-dienst/dossiers/{id}/noodtoegang",
			// the secretary's page shows file and register numbers and votes, no content of the files
			"/bcsd/vergaderingen/{id}");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MappedEndpoints endpoints;

	@Autowired
	Clock clock;

	@Autowired
	be.eenloket.socialcases.internal.CaseFiles caseFiles;

	SocialCaseFiles files;

	@org.junit.jupiter.api.BeforeEach
	void testData() {
		files = new SocialCaseFiles(jdbc, caseFiles);
	}

	@Autowired
	be.eenloket.socialcases.internal.BcsdMeetings meetings;

	/** What the samples read: a file whose request had a hearing and was decided, and a meeting with it on the agenda. */
	record Fixture(long fileId, long requestId, long forwardedFileId, long forwardedRequestId, long meetingId,
			long documentId, long noteId) {
	}

	@Autowired
	be.eenloket.socialcases.internal.Investigation investigation;

	/** A concrete URL for every file read the application maps. */
	private Map<String, java.util.function.Function<Fixture, String>> samples() {
		var samples = new LinkedHashMap<String, java.util.function.Function<Fixture, String>>();
		samples.put("/sociale-dienst/dossiers/{id}", f -> "/sociale-dienst/dossiers/" + f.fileId());
		samples.put("/sociale-dienst/dossiers/{id}/aanvragen/{requestId}",
				f -> "/sociale-dienst/dossiers/" + f.fileId() + "/aanvragen/" + f.requestId());
		samples.put("/sociale-dienst/dossiers/{id}/aanvragen/{requestId}/hoorrecht.pdf",
				f -> "/sociale-dienst/dossiers/" + f.fileId() + "/aanvragen/" + f.requestId() + "/hoorrecht.pdf");
		samples.put("/sociale-dienst/dossiers/{id}/aanvragen/{requestId}/beslissing.pdf",
				f -> "/sociale-dienst/dossiers/" + f.fileId() + "/aanvragen/" + f.requestId() + "/beslissing.pdf");
		samples.put("/sociale-dienst/dossiers/{id}/aanvragen/{requestId}/doorverwijzing.pdf",
				f -> "/sociale-dienst/dossiers/" + f.forwardedFileId() + "/aanvragen/" + f.forwardedRequestId()
						+ "/doorverwijzing.pdf");
		samples.put("/bcsd/vergaderingen/{id}/agenda", f -> "/bcsd/vergaderingen/" + f.meetingId() + "/agenda");
		samples.put("/sociale-dienst/dossiers/{id}/documenten/{documentId}",
				f -> "/sociale-dienst/dossiers/" + f.fileId() + "/documenten/" + f.documentId());
		// the file page with the message of an upload over the server's limits
		samples.put("/sociale-dienst/dossiers/{id}/documenten/te-groot",
				f -> "/sociale-dienst/dossiers/" + f.fileId() + "/documenten/te-groot");
		samples.put("/sociale-dienst/dossiers/{id}/notities/{noteId}",
				f -> "/sociale-dienst/dossiers/" + f.fileId() + "/notities/" + f.noteId());
		return samples;
	}

	private Fixture fixture() {
		var today = LocalDate.now(clock);
		var worker = new be.eenloket.socialcases.internal.Viewer("wouter",
				java.util.EnumSet.of(be.eenloket.identity.Role.SOCIAL_WORKER));
		var chair = new be.eenloket.socialcases.internal.Viewer("voorzitter",
				java.util.EnumSet.of(be.eenloket.identity.Role.BCSD_CHAIR));
		var fileId = files.openedFor("wouter", today.minusDays(5));
		var requestId = request(fileId);
		caseFiles.planHearing(fileId, version(fileId), requestId, today.atTime(8, 0), "Sociaal Huis", today, worker);
		caseFiles.propose(fileId, version(fileId), requestId, new be.eenloket.socialcases.internal.CaseFiles.Proposal(
				be.eenloket.socialcases.internal.AidRequest.Decision.REFUSED, "Inkomen boven de grens", "RMI_14", null,
				null, null), worker);
		meetings.chairDecides(requestId, chair);
		var meetingId = meetings.plan(today.plusDays(20).atTime(19, 0), "Raadzaal", 8);
		meetings.addItem(meetingId, meetings.meeting(meetingId).getVersion(), requestId);
		var forwardedFileId = files.openedFor("wouter", today.minusDays(1));
		var forwardedRequestId = request(forwardedFileId);
		caseFiles.forward(forwardedFileId, version(forwardedFileId), forwardedRequestId, "OCMW Eeklo",
				"Woont in Eeklo", today, worker);
		var documentId = investigation.receiveDocument(fileId, new be.eenloket.socialcases.internal.Investigation.DocumentCommand(
				"Loonbrief", "loonbrief.pdf", "%PDF-1.4 sample".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
				java.util.UUID.randomUUID()), worker);
		var noteId = investigation.writeNote(fileId, new be.eenloket.socialcases.internal.Investigation.NoteCommand(
				"Vertrouwelijk", java.util.UUID.randomUUID()), worker);
		return new Fixture(fileId, requestId, forwardedFileId, forwardedRequestId, meetingId, documentId, noteId);
	}

	private long request(long fileId) {
		return jdbc.sql("select id from sc_aid_request where case_file_id = ?").param(fileId).query(Long.class).single();
	}

	private long version(long fileId) {
		return jdbc.sql("select version from sc_case_file where id = ?").param(fileId).query(Long.class).single();
	}

	@Test
	void everyFileUrlReadWritesExactlyOneAccessLogRow() throws Exception {
		var fileReads = new TreeSet<String>();
		for (var endpoint : endpoints.endpoints()) {
			var isGet = endpoint.methods().isEmpty() || endpoint.methods().contains(HttpMethod.GET);
			if (isGet && (endpoint.pattern().startsWith("/sociale-dienst/dossiers/{")
					|| endpoint.pattern().startsWith("/bcsd/vergaderingen/{"))) {
				fileReads.add(endpoint.pattern());
			}
		}
		fileReads.removeAll(NOT_A_READ);
		assertThat(samples().keySet()).as("a sample URL for every mapped file read (add new pages here)")
			.containsExactlyInAnyOrderElementsOf(fileReads);

		var fixture = fixture();
		for (var sample : samples().entrySet()) {
			var before = rows(fixture.fileId()) + rows(fixture.forwardedFileId());
			var who = sample.getKey().startsWith("/bcsd") ? user("bcsd").roles("BCSD_SECRETARY")
					: user("wouter").roles("SOCIAL_WORKER");
			mvc.perform(get(sample.getValue().apply(fixture)).with(who)).andExpect(status().isOk());
			assertThat(rows(fixture.fileId()) + rows(fixture.forwardedFileId())).as(sample.getKey()).isEqualTo(before + 1);
		}
	}

	@Test
	void aRefusedReadIsNotLoggedAsARead() throws Exception {
		var fileId = files.openedFor("wouter", LocalDate.now(clock));
		var before = rows(fileId);
		mvc.perform(get("/sociale-dienst/dossiers/" + fileId).with(user("andere").roles("SOCIAL_WORKER")))
			.andExpect(status().isForbidden());
		assertThat(rows(fileId)).isEqualTo(before);
	}

	@Test
	void theDpoSeesWhoReadAFileWithBreakTheGlassFlaggedAndItsReasonAndCanDownloadIt() throws Exception {
		var fileId = files.openedFor("wouter", LocalDate.now(clock));
		var number = jdbc.sql("select file_number from sc_case_file where id = ?").param(fileId).query(String.class).single();
		mvc.perform(get("/sociale-dienst/dossiers/" + fileId).with(user("wouter").roles("SOCIAL_WORKER")));
		mvc.perform(post("/sociale-dienst/dossiers/" + fileId + "/noodtoegang").with(user("invaller").roles("SOCIAL_WORKER"))
			.with(csrf()).param("reason", "Invallen voor Wouter tijdens zijn verlof"));
		mvc.perform(get("/sociale-dienst/dossiers/" + fileId).with(user("invaller").roles("SOCIAL_WORKER")));

		var dpo = user("dpo").roles("DPO");
		mvc.perform(get("/sociale-dienst/toegangslog").param("dossier", number).with(dpo))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("wouter"), containsString("invaller"),
					containsString("Toegewezen maatschappelijk werker"), containsString("tag tag-red"),
					containsString("Reden: Invallen voor Wouter tijdens zijn verlof"))));
		mvc.perform(get("/sociale-dienst/toegangslog").param("gebruiker", "invaller").param("noodtoegang", "true").with(dpo))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(number), not(containsString(">wouter<")))));
		mvc.perform(get("/sociale-dienst/toegangslog.csv").param("dossier", number).with(dpo))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(content().string(allOf(containsString("\"invaller\";\"" + number + "\";FILE"),
					containsString("BREAK_GLASS;\"Invallen voor Wouter tijdens zijn verlof\""))));
	}

	@Test
	void onlyTheDpoReadsTheAccessLog() throws Exception {
		for (var role : new String[] { "SOCIAL_WORKER", "SOCIAL_SERVICE_HEAD", "ADMIN", "FRONT_DESK" }) {
			mvc.perform(get("/sociale-dienst/toegangslog").with(user("x").roles(role))).andExpect(status().isForbidden());
			mvc.perform(get("/sociale-dienst/toegangslog.csv").with(user("x").roles(role))).andExpect(status().isForbidden());
		}
	}

	private long rows(long fileId) {
		return jdbc.sql("select count(*) from sc_access_log where case_file_id = ?").param(fileId).query(Long.class).single();
	}

}

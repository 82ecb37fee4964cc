package be.eenloket.socialcases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;

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
	static final Set<String> NOT_A_READ = Set.of("/sociale-dienst/dossiers/{id}/noodtoegang");

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

	/** A concrete URL for every file read the application maps, given a file with some content. */
	private Map<String, LongFunction<String>> samples() {
		var samples = new LinkedHashMap<String, LongFunction<String>>();
		samples.put("/sociale-dienst/dossiers/{id}", id -> "/sociale-dienst/dossiers/" + id);
		return samples;
	}

	@Test
	void everyFileUrlReadWritesExactlyOneAccessLogRow() throws Exception {
		var fileReads = new TreeSet<String>();
		for (var endpoint : endpoints.endpoints()) {
			var isGet = endpoint.methods().isEmpty() || endpoint.methods().contains(HttpMethod.GET);
			if (isGet && endpoint.pattern().startsWith("/sociale-dienst/dossiers/{")) {
				fileReads.add(endpoint.pattern());
			}
		}
		fileReads.removeAll(NOT_A_READ);
		assertThat(samples().keySet()).as("a sample URL for every mapped file read (add new pages here)")
			.containsExactlyInAnyOrderElementsOf(fileReads);

		var fileId = files.openedFor("wouter", LocalDate.now(clock));
		for (var sample : samples().entrySet()) {
			var before = rows(fileId);
			mvc.perform(get(sample.getValue().apply(fileId)).with(user("wouter").roles("SOCIAL_WORKER")))
				.andExpect(status().isOk());
			assertThat(rows(fileId)).as(sample.getKey()).isEqualTo(before + 1);
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

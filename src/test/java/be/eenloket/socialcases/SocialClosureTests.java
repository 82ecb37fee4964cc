package be.eenloket.socialcases;

import java.time.Clock;
import java.time.LocalDate;

import be.eenloket.socialcases.internal.CaseFiles;
import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Closing a case file with a reason on its page: refused while a request is pending, recorded and audited after. */
@IntegrationTest
class SocialClosureTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	Clock clock;

	SocialCaseFiles files;

	@BeforeEach
	void testData() {
		files = new SocialCaseFiles(jdbc, caseFiles);
	}

	@Test
	void theAssignedWorkerClosesAFileOnceNoRequestIsPendingWithTheReasonDateAndWho() throws Exception {
		var today = LocalDate.now(clock);
		var fileId = files.openedFor("wouter", today.minusDays(2));
		var page = "/sociale-dienst/dossiers/" + fileId;
		mvc.perform(get(page).with(wouter())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Dossier afsluiten")));
		var logRows = accessLogRows(fileId);

		// a request is still open: refused with a message on the form, no 500, nothing changed, no access-log row
		mvc.perform(post(page + "/afsluiten").with(wouter()).with(csrf()).param("version", version(fileId))
			.param("reason", "GOAL_REACHED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit dossier kan nog niet worden afgesloten")));
		assertThat(fileStatus(fileId)).isEqualTo("OPEN");
		assertThat(accessLogRows(fileId)).as("only the re-shown page is a read").isEqualTo(logRows + 1);

		// forwarded, the request no longer waits; without a reason the field says so
		var requestId = jdbc.sql("select id from sc_aid_request where case_file_id = ?").param(fileId)
			.query(Long.class).single();
		mvc.perform(post(page + "/doorsturen").with(wouter()).with(csrf()).param("version", version(fileId))
			.param("requestId", String.valueOf(requestId)).param("forwardedTo", "OCMW Eeklo")
			.param("reasons", "Woont sinds maart in Eeklo").param("forwardedOn", today.toString()))
			.andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/afsluiten").with(wouter()).with(csrf()).param("version", version(fileId))
			.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies de reden van afsluiting.")))
			.andExpect(content().string(containsString("id=\"reason-error\"")));

		// another social worker (not assigned, no broken glass) cannot close it
		mvc.perform(post(page + "/afsluiten").with(user("anouk").roles("SOCIAL_WORKER")).with(csrf())
			.param("version", version(fileId)).param("reason", "MOVED"))
			.andExpect(status().isForbidden());
		assertThat(fileStatus(fileId)).isEqualTo("OPEN");

		logRows = accessLogRows(fileId);
		mvc.perform(post(page + "/afsluiten").with(wouter()).with(csrf()).param("version", version(fileId))
			.param("reason", "MOVED"))
			.andExpect(redirectedUrl(page));
		assertThat(accessLogRows(fileId)).as("closing is a change, not a read").isEqualTo(logRows);
		var closed = jdbc.sql("select status, closed_on, closure_reason, closed_by from sc_case_file where id = ?")
			.param(fileId).query((rs, n) -> rs.getString(1) + "|" + rs.getObject(2, LocalDate.class) + "|"
					+ rs.getString(3) + "|" + rs.getString(4))
			.single();
		assertThat(closed).isEqualTo("CLOSED|" + today + "|MOVED|wouter");
		assertThat(jdbc.sql("select count(*) from audit_entry where module = 'socialcases' and action = 'CLOSED' and record_id = ?")
			.param(String.valueOf(fileId)).query(Long.class).single()).isEqualTo(1);
		mvc.perform(get(page).with(wouter())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Verhuisd naar een andere gemeente")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("close-heading"))));

		// closing again: the state is wrong, a message and no 500
		mvc.perform(post(page + "/afsluiten").with(user("hoofdsocialedienst").roles("SOCIAL_SERVICE_HEAD")).with(csrf())
			.param("version", version(fileId)).param("reason", "OTHER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit dossier is afgesloten.")));
	}

	private static RequestPostProcessor wouter() {
		return user("wouter").roles("SOCIAL_WORKER");
	}

	private long accessLogRows(long fileId) {
		return jdbc.sql("select count(*) from sc_access_log where case_file_id = ?").param(fileId).query(Long.class)
			.single();
	}

	private String fileStatus(long fileId) {
		return jdbc.sql("select status from sc_case_file where id = ?").param(fileId).query(String.class).single();
	}

	private String version(long fileId) {
		return String.valueOf(jdbc.sql("select version from sc_case_file where id = ?").param(fileId)
			.query(Long.class).single());
	}

}

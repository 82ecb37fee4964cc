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
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Follow-up reminders on a file's page: review dates in their range with what to review (stored encrypted), marked
 * done by the assigned worker, the home visit's next reminder a year later, the deadline dashboard, and closure.
 */
@IntegrationTest
class SocialFollowUpTests {

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
	void theAssignedWorkerPlansAReviewInRangeMarksItDoneAndClosingTheFileClosesTheRest() throws Exception {
		var today = LocalDate.now(clock);
		var fileId = files.openedFor("wouter", today.minusDays(2));
		var page = "/sociale-dienst/dossiers/" + fileId;
		mvc.perform(get(page).with(wouter())).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Opvolging"), containsString("Jaarlijks huisbezoek"),
					containsString("Herziening plannen"))));

		// out of range or without a subject: a message by the field, nothing saved
		for (var wrong : new LocalDate[] { today.minusDays(1), today.plusYears(2).plusDays(1) }) {
			mvc.perform(post(page + "/opvolging").with(wouter()).with(csrf()).param("version", version(fileId))
				.param("dueOn", wrong.toString()).param("subject", "Inkomen"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Kies een datum vanaf vandaag tot 2 jaar vooruit."),
						containsString("id=\"dueOn-error\""))));
		}
		mvc.perform(post(page + "/opvolging").with(wouter()).with(csrf()).param("version", version(fileId))
			.param("dueOn", today.plusDays(3).toString()).param("subject", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul in wat herzien moet worden.")));
		assertThat(reminders(fileId, "REVIEW", "OPEN")).isZero();

		// another social worker without need to know: refused, nothing saved
		mvc.perform(post(page + "/opvolging").with(user("anouk").roles("SOCIAL_WORKER")).with(csrf())
			.param("version", version(fileId)).param("dueOn", today.plusDays(3).toString()).param("subject", "Inkomen"))
			.andExpect(status().isForbidden());
		assertThat(reminders(fileId, "REVIEW", "OPEN")).isZero();

		mvc.perform(post(page + "/opvolging").with(wouter()).with(csrf()).param("version", version(fileId))
			.param("dueOn", today.plusDays(3).toString()).param("subject", "Huurcontract Qwzx nakijken"))
			.andExpect(redirectedUrl(page));
		assertThat(reminders(fileId, "REVIEW", "OPEN")).isEqualTo(1);
		var cipher = jdbc.sql("select subject_cipher from sc_follow_up where case_file_id = ? and kind = 'REVIEW'")
			.param(fileId).query(byte[].class).single();
		assertThat(new String(cipher, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Qwzx");
		mvc.perform(get(page).with(wouter())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Huurcontract Qwzx nakijken")));

		// a stale version: explained, nothing saved
		mvc.perform(post(page + "/opvolging").with(wouter()).with(csrf()).param("version", "0")
			.param("dueOn", today.plusDays(4).toString()).param("subject", "Nog iets"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders was u voor")));
		assertThat(reminders(fileId, "REVIEW", "OPEN")).isEqualTo(1);

		// due within 5 days: on the dashboard, per worker for the head, without what to review
		var fileNumber = jdbc.sql("select file_number from sc_case_file where id = ?").param(fileId)
			.query(String.class).single();
		mvc.perform(get("/sociale-dienst/termijnen").with(wouter())).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Opvolging: herzieningen en huisbezoeken"),
					containsString(fileNumber), not(containsString("Qwzx")))));
		mvc.perform(get("/sociale-dienst/termijnen").with(user("hoofdsocialedienst").roles("SOCIAL_SERVICE_HEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(fileNumber), containsString("wouter"))));

		// marked done: who and when recorded; a second time is explained, not a 500
		var review = reminderId(fileId, "REVIEW");
		mvc.perform(post(page + "/opvolging/" + review + "/afgerond").with(wouter()).with(csrf())
			.param("version", version(fileId)))
			.andExpect(redirectedUrl(page));
		assertThat(jdbc.sql("select status || '|' || done_by || '|' || done_on from sc_follow_up where id = ?")
			.param(review).query(String.class).single()).isEqualTo("DONE|wouter|" + today);
		mvc.perform(post(page + "/opvolging/" + review + "/afgerond").with(wouter()).with(csrf())
			.param("version", version(fileId)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Deze herinnering is al afgehandeld.")));

		// the home visit done: recorded on the file, the next one due a year later
		var visit = reminderId(fileId, "HOME_VISIT");
		mvc.perform(post(page + "/opvolging/" + visit + "/afgerond").with(wouter()).with(csrf())
			.param("version", version(fileId)))
			.andExpect(redirectedUrl(page));
		assertThat(jdbc.sql("select last_home_visit_on from sc_case_file where id = ?").param(fileId)
			.query(LocalDate.class).single()).isEqualTo(today);
		assertThat(jdbc.sql("select due_on from sc_follow_up where case_file_id = ? and kind = 'HOME_VISIT' and status = 'OPEN'")
			.param(fileId).query(LocalDate.class).single()).isEqualTo(today.plusYears(1));

		// closing the file closes its open reminders
		mvc.perform(post(page + "/opvolging").with(wouter()).with(csrf()).param("version", version(fileId))
			.param("dueOn", today.plusMonths(6).toString()).param("subject", "Situatie herbekijken"))
			.andExpect(redirectedUrl(page));
		var requestId = jdbc.sql("select id from sc_aid_request where case_file_id = ?").param(fileId)
			.query(Long.class).single();
		mvc.perform(post(page + "/doorsturen").with(wouter()).with(csrf()).param("version", version(fileId))
			.param("requestId", String.valueOf(requestId)).param("forwardedTo", "OCMW Eeklo")
			.param("reasons", "Woont sinds maart in Eeklo").param("forwardedOn", today.toString()))
			.andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/afsluiten").with(wouter()).with(csrf()).param("version", version(fileId))
			.param("reason", "MOVED"))
			.andExpect(redirectedUrl(page));
		assertThat(jdbc.sql("select count(*) from sc_follow_up where case_file_id = ? and status = 'OPEN'").param(fileId)
			.query(Long.class).single()).isZero();
		assertThat(reminders(fileId, "REVIEW", "CLOSED")).isEqualTo(1);
		assertThat(reminders(fileId, "HOME_VISIT", "CLOSED")).isEqualTo(1);
	}

	private static RequestPostProcessor wouter() {
		return user("wouter").roles("SOCIAL_WORKER");
	}

	private long reminders(long fileId, String kind, String status) {
		return jdbc.sql("select count(*) from sc_follow_up where case_file_id = ? and kind = ? and status = ?")
			.params(fileId, kind, status).query(Long.class).single();
	}

	private long reminderId(long fileId, String kind) {
		return jdbc.sql("select id from sc_follow_up where case_file_id = ? and kind = ? and status = 'OPEN'")
			.params(fileId, kind).query(Long.class).single();
	}

	private String version(long fileId) {
		return String.valueOf(jdbc.sql("select version from sc_case_file where id = ?").param(fileId)
			.query(Long.class).single());
	}

}

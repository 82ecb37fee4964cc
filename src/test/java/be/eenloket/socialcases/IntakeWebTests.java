package be.eenloket.socialcases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The intake pages: only the social service opens them, the inbox hides identities, the detail shows them. */
@IntegrationTest
class IntakeWebTests {

	/** A fictional number with valid check digits (born 2 November 2001, serial 37). */
	static final String NRN = "01110203730";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@ParameterizedTest
	@ValueSource(strings = { "FRONT_DESK", "ADMIN", "DPO", "SECRETARIAT" })
	void staffOutsideTheSocialServiceCannotOpenTheIntake(String role) throws Exception {
		var id = intake(LocalDate.now(clock).plusDays(20));
		var outsider = user("buitenstaander").roles(role);
		mvc.perform(get("/sociale-dienst/intake").with(outsider)).andExpect(status().isForbidden());
		mvc.perform(get("/sociale-dienst/intake/" + id).with(outsider)).andExpect(status().isForbidden());
		mvc.perform(post("/sociale-dienst/intake/" + id + "/opnemen").with(outsider).with(csrf()).param("version", "0"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select status from sc_intake where id = ?").param(id).query(String.class).single())
			.isEqualTo("NEW");
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		var id = intake(LocalDate.now(clock).plusDays(20));
		mvc.perform(get("/sociale-dienst/intake")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/sociale-dienst/intake/" + id)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theInboxShowsRequestsAndDeadlinesButNoIdentities() throws Exception {
		var id = intake(LocalDate.now(clock).plusDays(3));
		var registerNumber = registerNumber(id);
		var page = inboxPageWith(registerNumber, null);
		org.hamcrest.MatcherAssert.assertThat(page, allOf(containsString(registerNumber), containsString("<span class=\"tag tag-red\">nog 3 dagen</span>"),
					containsString("Huurwaarborg"), containsString("Nieuw"),
					containsString("Sociale dienst"), not(containsString("Webtestpersoon")),
					not(containsString(NRN)), not(containsString("01.11.02-037.30"))));
	}

	@Test
	void theInboxFiltersByStatus() throws Exception {
		var id = intake(LocalDate.now(clock).plusDays(20));
		mvc.perform(get("/sociale-dienst/intake").param("status", "TAKEN").with(socialWorker()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(registerNumber(id)))));
		org.hamcrest.MatcherAssert.assertThat(inboxPageWith(registerNumber(id), "NEW"), containsString(registerNumber(id)));
	}

	/** The inbox lists the most urgent requests first: walk its pages to the one that shows {@code registerNumber}. */
	private String inboxPageWith(String registerNumber, String status) throws Exception {
		var content = "";
		for (var page = 1; page <= 40; page++) {
			var request = get("/sociale-dienst/intake").param("pagina", String.valueOf(page)).with(socialWorker());
			if (status != null) {
				request = request.param("status", status);
			}
			content = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			if (content.contains(registerNumber)) {
				return content;
			}
		}
		return content;
	}

	@Test
	void theDetailShowsEverythingWithTheNumberFormattedAndAnOverdueDeadline() throws Exception {
		var id = intake(LocalDate.now(clock).minusDays(2));
		mvc.perform(get("/sociale-dienst/intake/" + id).with(user("hoofd").roles("SOCIAL_SERVICE_HEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Mila Webtestpersoon"), containsString("01.11.02-037.30"),
					containsString("2 dagen te laat"), containsString("Dorpstraat 1, 9990 Maldegem"),
					containsString("Ik neem deze hulpvraag op"))));
	}

	@Test
	void unknownOrMalformedIdsAreNotFound() throws Exception {
		mvc.perform(get("/sociale-dienst/intake/987654321").with(socialWorker()).accept("text/html"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/sociale-dienst/intake/abc").with(socialWorker()).accept("text/html"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/sociale-dienst/intake/987654321/opnemen").with(socialWorker()).with(csrf()).param("version", "0"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aSocialWorkerTakesARequestInChargeAndALaterColleagueIsToldSomeoneWasFirst() throws Exception {
		var id = intake(LocalDate.now(clock).plusDays(20));
		mvc.perform(post("/sociale-dienst/intake/" + id + "/opnemen").with(socialWorker()).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl("/sociale-dienst/intake/" + id))
			.andExpect(flash().attribute("saved", "intake.taken"));
		mvc.perform(post("/sociale-dienst/intake/" + id + "/opnemen").with(user("collega").roles("SOCIAL_WORKER"))
			.with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl("/sociale-dienst/intake/" + id))
			.andExpect(flash().attribute("conflict", true));
		assertThat(jdbc.sql("select assigned_to from sc_intake where id = ?").param(id).query(String.class).single())
			.isEqualTo("werker");

		mvc.perform(get("/sociale-dienst/intake/" + id).with(user("collega").roles("SOCIAL_WORKER")).flashAttr("conflict", true))
			.andExpect(content().string(allOf(containsString("Iemand anders was u voor"), containsString("In behandeling"),
					containsString("door werker"), not(containsString("Ik neem deze hulpvraag op")))));
	}

	private static RequestPostProcessor socialWorker() {
		return user("werker").roles("SOCIAL_WORKER");
	}

	private String registerNumber(long id) {
		return jdbc.sql("select register_number from sc_intake where id = ?").param(id).query(String.class).single();
	}

	/** An intake as the listener would store it: requested now, or 30 days before a deadline in the past. */
	private long intake(LocalDate deadline) {
		var requestId = UUID.randomUUID();
		var now = LocalDateTime.now(clock).withNano(0);
		var requestedAt = deadline.isBefore(now.toLocalDate()) ? deadline.minusDays(30).atTime(now.toLocalTime()) : now;
		return jdbc.sql("""
				insert into sc_intake (request_id, register_number, requested_at, decision_deadline, first_name,
				    last_name, birth_date, national_register_number, address, language, type, description,
				    registered_by, received_at)
				values (?, ?, ?, ?, 'Mila', 'Webtestpersoon', ?, ?, 'Dorpstraat 1, 9990 Maldegem', 'nl', 'HUURWAARBORG',
				    'Zoekt hulp bij de huurwaarborg.', 'onthaal', ?)
				returning id""")
			.params(requestId, "W-" + requestId.toString().substring(0, 8), requestedAt,
					deadline, LocalDate.of(2001, 11, 2), NRN, OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
	}

}

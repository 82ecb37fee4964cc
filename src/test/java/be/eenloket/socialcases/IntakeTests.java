package be.eenloket.socialcases;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import be.eenloket.frontdesk.SocialAidRequestRegistered;
import be.eenloket.frontdesk.SocialAidRequestType;
import be.eenloket.socialcases.internal.Intakes;
import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The receiving side of the front desk's social-aid register: events become intakes exactly once, taking an intake
 * in charge is safe against a colleague doing the same, and every read of social case data is in the audit log.
 */
@IntegrationTest
class IntakeTests {

	/** A fictional number with valid check digits (born 14 March 1987, serial 212). */
	static final String NRN = "87031421252";

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Intakes intakes;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Test
	void aRegisteredRequestBecomesOneNewIntakeAuditedWithoutPersonalData() {
		var request = request(NRN);
		publish(request);
		var id = awaitIntake(request.requestId());

		var stored = jdbc.sql("select status, national_register_number, last_name, type, assigned_to from sc_intake where id = ?")
			.param(id)
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5) })
			.single();
		// the number is kept encrypted (nrn_cipher, IntakePrivacyTests); the clear column stays empty
		assertThat(stored).containsExactly("NEW", null, "Testpersoon", "HUURWAARBORG", null);
		var summaries = jdbc.sql("""
				select summary from audit_entry where module = 'socialcases' and action = 'CREATED'
				and record_type = 'Intake' and record_id = ?""")
			.param(String.valueOf(id))
			.query(String.class)
			.list();
		assertThat(summaries).singleElement().asString()
			.contains(request.registerNumber())
			.doesNotContain("Testpersoon", "Jana", NRN, "Huurwaarborg", "HUURWAARBORG", "Dorpstraat");
	}

	@Test
	void anInvalidNationalRegisterNumberIsLeftOutRatherThanLosingTheRequest() {
		var request = request("87031421299");
		publish(request);
		var id = awaitIntake(request.requestId());
		assertThat(jdbc.sql("select national_register_number from sc_intake where id = ?").param(id)
			.query(String.class).optional()).isEmpty();
	}

	@Test
	void takingInChargeWithAStaleVersionIsRefusedAndKeepsTheFirstSocialWorker() {
		var request = request(null);
		publish(request);
		var id = awaitIntake(request.requestId());
		var seen = version(id);

		intakes.takeInCharge(id, seen, "eerste.werker");
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> intakes.takeInCharge(id, seen, "tweede.werker"));
		// even with the current version: an intake in progress is not taken over silently
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> intakes.takeInCharge(id, version(id), "tweede.werker"));

		assertThat(jdbc.sql("select assigned_to from sc_intake where id = ?").param(id).query(String.class).single())
			.isEqualTo("eerste.werker");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'TAKEN' and record_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void viewingAnIntakeAndTheInboxIsWrittenToTheAuditLog() throws Exception {
		var request = request(NRN);
		publish(request);
		var id = awaitIntake(request.requestId());

		mvc.perform(get("/sociale-dienst/intake/" + id).with(user("nieuwsgierige.werker").roles("SOCIAL_WORKER")))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("""
				select summary from audit_entry where actor = 'nieuwsgierige.werker' and module = 'socialcases'
				and action = 'VIEWED' and record_type = 'Intake' and record_id = ?""")
			.param(String.valueOf(id))
			.query(String.class)
			.list()).singleElement().asString().doesNotContain("Testpersoon", NRN);

		mvc.perform(get("/sociale-dienst/intake").with(user("nieuwsgierige.werker").roles("SOCIAL_WORKER")))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("""
				select summary from audit_entry where actor = 'nieuwsgierige.werker' and action = 'LISTED'
				and record_type = 'Intake'""")
			.query(String.class)
			.list()).singleElement().asString().containsPattern("intakes \\d+(, \\d+)*").doesNotContain("Testpersoon");
	}

	@Test
	void theInboxListsTheMostUrgentRequestFirstSoTheOverdueOneIsOnTop() {
		var page = intakes.list(null, 0);
		assertThat(page.rows()).hasSizeGreaterThanOrEqualTo(2);
		assertThat(page.rows()).extracting(Intakes.Row::decisionDeadline).isSorted();
		var overdue = page.rows().stream().filter(row -> row.urgency() == Intakes.Urgency.OVERDUE).count();
		assertThat(page.rows().subList(0, (int) overdue)).allMatch(row -> row.urgency() == Intakes.Urgency.OVERDUE);
	}

	private void publish(SocialAidRequestRegistered request) {
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publishEvent(request));
	}

	private long awaitIntake(UUID requestId) {
		return await().atMost(Duration.ofSeconds(15))
			.until(() -> jdbc.sql("select id from sc_intake where request_id = ?").param(requestId)
				.query(Long.class).optional(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	private long version(long id) {
		return jdbc.sql("select version from sc_intake where id = ?").param(id).query(Long.class).single();
	}

	private SocialAidRequestRegistered request(String nationalRegisterNumber) {
		var requestId = UUID.randomUUID();
		var requestedAt = LocalDateTime.now(clock).withNano(0);
		return new SocialAidRequestRegistered(requestId, "T-" + requestId.toString().substring(0, 8),
				requestedAt, requestedAt.toLocalDate().plusDays(30), "Jana", "Testpersoon", LocalDate.of(1987, 3, 14),
				nationalRegisterNumber, "0470 00 00 00", null, "Dorpstraat 1, 9990 Maldegem", "nl",
				SocialAidRequestType.HUURWAARBORG, "Kan de waarborg voor een nieuwe woning niet betalen.", "onthaal");
	}

}

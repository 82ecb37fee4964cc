package be.eenloket.socialcases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

import be.eenloket.frontdesk.SocialAidRequestRegistered;
import be.eenloket.frontdesk.SocialAidRequestType;
import be.eenloket.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The social service as a module on its own: the front desk's {@link SocialAidRequestRegistered} event becomes an
 * intake, once, and leaves nothing personal in the event publication registry. Only this module with the two it
 * needs ({@code shared} for the layout and value types, {@code identity} for the audit log and access rules), without
 * demo data: a context of its own, started in a few seconds.
 */
@ApplicationModuleTest(extraIncludes = { "shared", "identity" })
@Import(TestDatabaseConfiguration.class)
// the demo profile would load every module's demo data; only its (published, test-only) social service keys are needed
@TestPropertySource(locations = "classpath:application-demo.properties")
class IntakeModuleTests {

	/** A fictional number with valid check digits (born 14 March 1987, serial 212). */
	static final String NRN = "87031421252";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventPublicationRegistry registry;

	@Autowired
	Clock clock;

	@Test
	void aRegisteredRequestBecomesAnIntakeAuditedWithoutPersonalData(Scenario scenario) {
		var event = event(NRN);
		scenario.publish(event)
			.andWaitForStateChange(() -> intakeOf(event), Optional::isPresent)
			.andVerify(intake -> assertThat(jdbc.sql("""
					select summary from audit_entry where module = 'socialcases' and action = 'CREATED'
					and record_type = 'Intake' and record_id = ?""")
				.param(String.valueOf(intake.orElseThrow()))
				.query(String.class)
				.list()).singleElement().asString()
				.contains(event.registerNumber())
				.doesNotContain("Testpersoon", "Jana", NRN, "HUURWAARBORG", "Dorpstraat"));
	}

	@Test
	void theSameEventDeliveredAgainCreatesNoSecondIntake(Scenario scenario) {
		var event = event(null);
		scenario.publish(event).andWaitForStateChange(() -> delivered(event), Boolean::booleanValue);
		// a redelivery: the registry hands the listener the same event again, as after a crash or a resubmission
		scenario.publish(event)
			.andWaitForStateChange(() -> delivered(event), Boolean::booleanValue)
			.andVerify(delivered -> {
				assertThat(jdbc.sql("select count(*) from sc_intake where request_id = ?").param(event.requestId())
					.query(Long.class).single()).isOne();
				assertThat(jdbc.sql("""
						select count(*) from audit_entry where action = 'CREATED' and record_type = 'Intake'
						and record_id = (select id::text from sc_intake where request_id = ?)""")
					.param(event.requestId())
					.query(Long.class)
					.single()).isOne();
			});
	}

	/** The registry deletes a delivered publication (completion mode {@code delete}) with the personal data in it. */
	@Test
	void aDeliveredEventLeavesNoPersonalDataInThePublicationRegistry(Scenario scenario) {
		var event = event(NRN);
		scenario.publish(event)
			.andWaitForStateChange(() -> intakeOf(event).isPresent() && delivered(event), Boolean::booleanValue)
			.andVerify(delivered -> assertThat(jdbc.sql("""
					select count(*) from event_publication where serialized_event like ? or serialized_event like ?""")
				.params("%" + NRN + "%", "%Testpersoon%")
				.query(Long.class)
				.single()).isZero());
	}

	private Optional<Long> intakeOf(SocialAidRequestRegistered event) {
		return jdbc.sql("select id from sc_intake where request_id = ?").param(event.requestId()).query(Long.class)
			.optional();
	}

	/** Every listener has completed this event: no publication of it is left open. */
	private boolean delivered(SocialAidRequestRegistered event) {
		return registry.findIncompletePublications().stream().noneMatch(publication -> event.equals(publication.getEvent()));
	}

	private SocialAidRequestRegistered event(String nationalRegisterNumber) {
		var requestId = UUID.randomUUID();
		var requestedAt = LocalDateTime.now(clock).withNano(0);
		return new SocialAidRequestRegistered(requestId, "T-" + requestId.toString().substring(0, 8), requestedAt,
				requestedAt.toLocalDate().plusDays(30), "Jana", "Testpersoon", LocalDate.of(1987, 3, 14),
				nationalRegisterNumber, "0470 00 00 00", null, "Dorpstraat 1, 9990 Maldegem", "nl",
				SocialAidRequestType.HUURWAARBORG, "Kan de waarborg voor een nieuwe woning niet betalen.", "onthaal");
	}

}

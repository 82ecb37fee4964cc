package be.eenloket.socialcases.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import be.eenloket.frontdesk.SocialAidRequestRegistered;
import be.eenloket.frontdesk.SocialAidRequestType;
import be.eenloket.identity.Role;
import be.eenloket.shared.NationalRegisterNumber;
import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The intake inbox keeps the national register number, contact details and the person's account of the request as
 * ciphertext only, still shows them to the social worker, still links a returning person's file by the keyed hash,
 * and encrypts rows stored in clear by an earlier version once, at start-up.
 */
@IntegrationTest
class IntakePrivacyTests {

	private static final AtomicInteger SERIAL = new AtomicInteger(300 + (int) (System.nanoTime() % 300));

	private static final String ADDRESS = "Kerkhofstraat 12, 9990 Maldegem";

	private static final String ACCOUNT = "Kan na een ontslag de huurwaarborg niet betalen";

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	SocialCrypto crypto;

	@Autowired
	Intakes intakes;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	IntakeEncryption encryption;

	@Test
	void aRegisteredIntakeKeepsNoNationalRegisterNumberContactDetailsOrAccountInClear() {
		var nrn = nextNrn();
		var id = register(nrn, "Vera", "Versleuteld");

		var clear = jdbc.sql("""
				select concat_ws('|', national_register_number, phone, email, address, description)
				from sc_intake where id = ?""").param(id).query(String.class).single();
		assertThat(clear).isEmpty();
		var wholeRow = jdbc.sql("select t::text from sc_intake t where id = ?").param(id).query(String.class).single();
		assertThat(wholeRow).contains("Versleuteld")
			.doesNotContain(nrn, "0470 12 34 56", "vera@example.org", "Kerkhofstraat", "huurwaarborg");
		var ciphers = jdbc.sql("""
				select nrn_cipher, phone_cipher, email_cipher, address_cipher, description_cipher
				from sc_intake where id = ?""")
			.param(id)
			.query((rs, n) -> new byte[][] { rs.getBytes(1), rs.getBytes(2), rs.getBytes(3), rs.getBytes(4),
					rs.getBytes(5) })
			.single();
		for (var cipher : ciphers) {
			assertThat(cipher).isNotNull().hasSizeGreaterThan(28);
		}
		assertThat(new String(ciphers[0], StandardCharsets.ISO_8859_1)).doesNotContain(nrn);
		// bound to its own purpose: the number's ciphertext does not open as another field, nor as a case file's text
		assertThat(crypto.decrypt(ciphers[0], IntakeSecret.NATIONAL_REGISTER_NUMBER.purpose())).isEqualTo(nrn);
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> crypto.decrypt(ciphers[0], IntakeSecret.DESCRIPTION.purpose()));
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> crypto.decrypt(ciphers[0], "socialcases.text"));
	}

	@Test
	void theIntakePageStillShowsTheNumberFormattedAndTheDetails() throws Exception {
		var nrn = nextNrn();
		var id = register(nrn, "Pagina", "Toont");
		var registerNumber = jdbc.sql("select register_number from sc_intake where id = ?").param(id)
			.query(String.class).single();

		mvc.perform(get("/sociale-dienst/intake/" + id).with(user("lezer").roles("SOCIAL_WORKER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(new NationalRegisterNumber(nrn).formatted()),
					containsString("0470 12 34 56"), containsString("vera@example.org"), containsString(ADDRESS),
					containsString(ACCOUNT))));
		// the inbox lists it by register number (it never shows names or numbers); the most urgent come first
		var listed = java.util.stream.IntStream.range(0, 40)
			.mapToObj(page -> intakes.list(null, page).rows())
			.flatMap(java.util.List::stream)
			.anyMatch(row -> row.id() == id && row.registerNumber().equals(registerNumber));
		assertThat(listed).isTrue();
	}

	@Test
	void theFileOpenedFromAnEncryptedIntakeFindsTheHouseholdByTheKeyedHash() throws Exception {
		var nrn = nextNrn();
		var worker = new Viewer("hasjwerker", EnumSet.of(Role.SOCIAL_WORKER));
		var first = take(register(nrn, "Hanne", "Hasj"), worker);
		// the same person registered with another spelling of the name: only the number can link them
		var second = take(register(nrn, "Hanna", "Hasj-Anders"), worker);

		var fileId = caseFiles.openFromIntake(first, worker);
		assertThat(caseFiles.openFromIntake(second, worker)).isEqualTo(fileId);
		var key = jdbc.sql("select person_key from sc_household_member where case_file_id = ? and relation = 'APPLICANT'")
			.param(fileId).query(byte[].class).single();
		assertThat(key).isEqualTo(crypto.personKey(nrn, "anyone", "else", null));

		mvc.perform(get("/sociale-dienst/dossiers/" + fileId).with(user("hasjwerker").roles("SOCIAL_WORKER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(new NationalRegisterNumber(nrn).formatted())));
	}

	@Test
	void intakesStoredInClearAreEncryptedOnceAndStillRead() {
		var nrn = nextNrn();
		var requestedAt = LocalDateTime.now(clock).withNano(0);
		var id = jdbc.sql("""
				insert into sc_intake (request_id, register_number, requested_at, decision_deadline, first_name,
				    last_name, birth_date, national_register_number, phone, email, address, type, description,
				    registered_by, received_at)
				values (?, 'OUD-1', ?, ?, 'Oude', 'Rij', ?, ?, '09 123 45 67', null, ?, 'LEEFLOON', ?, 'onthaal', ?)
				returning id""")
			.params(UUID.randomUUID(), requestedAt, requestedAt.toLocalDate().plusDays(30), LocalDate.of(1987, 3, 14),
					nrn, ADDRESS, ACCOUNT, OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
		// an intake of an older version is read as it is until the backfill reaches it
		assertThat(intakes.forCaseFile(id).nationalRegisterNumber().digits()).isEqualTo(nrn);

		assertThat(encryption.encryptClearIntakes()).isPositive();
		assertThat(encryption.encryptClearIntakes()).isZero();

		assertThat(jdbc.sql("select concat_ws('|', national_register_number, phone, email, address, description) "
				+ "from sc_intake where id = ?").param(id).query(String.class).single()).isEmpty();
		assertThat(jdbc.sql("select count(*) from sc_intake where national_register_number is not null")
			.query(Long.class).single()).isZero();
		var intake = intakes.forCaseFile(id);
		assertThat(intake.nationalRegisterNumber().digits()).isEqualTo(nrn);
		assertThat(intake.phone()).isEqualTo("09 123 45 67");
		assertThat(intake.email()).isNull();
		assertThat(intake.address()).isEqualTo(ADDRESS);
		assertThat(intake.description()).isEqualTo(ACCOUNT);
	}

	private long register(String nrn, String firstName, String lastName) {
		var requestId = UUID.randomUUID();
		var requestedAt = LocalDateTime.now(clock).withNano(0);
		var request = new SocialAidRequestRegistered(requestId, "P-" + requestId.toString().substring(0, 8),
				requestedAt, requestedAt.toLocalDate().plusDays(30), firstName, lastName, LocalDate.of(1987, 3, 14), nrn,
				"0470 12 34 56", "vera@example.org", ADDRESS, "nl", SocialAidRequestType.HUURWAARBORG, ACCOUNT,
				"onthaal");
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publishEvent(request));
		return await().atMost(Duration.ofSeconds(15))
			.until(() -> jdbc.sql("select id from sc_intake where request_id = ?").param(requestId)
				.query(Long.class).optional(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	private long take(long intakeId, Viewer worker) {
		var version = jdbc.sql("select version from sc_intake where id = ?").param(intakeId).query(Long.class).single();
		intakes.takeInCharge(intakeId, version, worker.username());
		return intakeId;
	}

	/** A fictional number with valid check digits, born 14 March 1987, a new serial per call. */
	private static String nextNrn() {
		var nine = "870314%03d".formatted(SERIAL.incrementAndGet() % 998 + 1);
		return nine + "%02d".formatted(97 - Long.parseLong(nine) % 97);
	}

}

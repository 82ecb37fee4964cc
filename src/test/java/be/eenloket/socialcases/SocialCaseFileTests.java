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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Case files from an intake: one per household, need-to-know per file with break-the-glass, one access-log row per
 * read, the national register number encrypted in the database, and the deadline dashboard.
 */
@IntegrationTest
class SocialCaseFileTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aWorkerOpensAFileFromATakenIntakeAndTheSamePersonReturnsToTheSameFile() throws Exception {
		var nrn = TestPeople.nextNrn();
		var first = takenIntake("wouter", nrn, "Anna", "Terugkeer", LocalDate.now(clock).minusDays(3));
		var fileId = openFile(first, "wouter");
		// a double click opens nothing new
		assertThat(openFile(first, "wouter")).isEqualTo(fileId);
		var second = takenIntake("wouter", nrn, "Anna", "Terugkeer", LocalDate.now(clock));
		assertThat(openFile(second, "wouter")).isEqualTo(fileId);
		assertThat(count("select count(*) from sc_aid_request where case_file_id = ?", fileId)).isEqualTo(2);

		mvc.perform(get("/sociale-dienst/dossiers/" + fileId).with(worker("wouter")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Anna Terugkeer"),
					containsString(new be.eenloket.shared.NationalRegisterNumber(nrn).formatted()),
					containsString("In onderzoek"), containsString("Beslissen uiterlijk"),
					containsString(fmt(LocalDate.now(clock).minusDays(3).plusDays(30))))));
	}

	@Test
	void withoutANationalRegisterNumberNameAndBirthDateFindTheFileWhateverTheAccents() throws Exception {
		var one = takenIntake("wouter", null, "Zoë", "De Smet-Naam", LocalDate.now(clock));
		var two = takenIntake("wouter", null, "zoe", "de smet naam", LocalDate.now(clock));
		assertThat(openFile(two, "wouter")).isEqualTo(openFile(one, "wouter"));
	}

	@Test
	void theNationalRegisterNumberIsCiphertextInTheDatabase() throws Exception {
		var nrn = TestPeople.nextNrn();
		var fileId = openFile(takenIntake("wouter", nrn, "Cijfer", "Tekst", LocalDate.now(clock)), "wouter");
		var stored = jdbc.sql("select nrn_cipher from sc_household_member where case_file_id = ?")
			.param(fileId)
			.query(byte[].class)
			.single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(nrn);
		assertThat(stored.length).isGreaterThan(11 + 16);
		assertThat(count("select count(*) from sc_household_member where person_key::text like ?", "%" + nrn + "%"))
			.isZero();
	}

	@Test
	void everyReadOfTheFileWritesExactlyOneAccessLogRow() throws Exception {
		var fileId = openFile(takenIntake("wouter", TestPeople.nextNrn(), "Log", "Rij", LocalDate.now(clock)), "wouter");
		var before = count("select count(*) from sc_access_log where case_file_id = ?", fileId);
		mvc.perform(get("/sociale-dienst/dossiers/" + fileId).with(worker("wouter"))).andExpect(status().isOk());
		mvc.perform(get("/sociale-dienst/dossiers/" + fileId).with(head())).andExpect(status().isOk());
		assertThat(count("select count(*) from sc_access_log where case_file_id = ?", fileId)).isEqualTo(before + 2);
		assertThat(jdbc.sql("select purpose from sc_access_log where case_file_id = ? order by id desc limit 2")
			.param(fileId)
			.query(String.class)
			.list()).containsExactly("HEAD", "ASSIGNED");
	}

	@Test
	void anotherSocialWorkerMustBreakTheGlassWithAReasonAndIsLoggedAsSuch() throws Exception {
		var fileId = openFile(takenIntake("wouter", TestPeople.nextNrn(), "Glas", "Breuk", LocalDate.now(clock)), "wouter");
		var before = count("select count(*) from sc_access_log where case_file_id = ?", fileId);
		mvc.perform(get("/sociale-dienst/dossiers/" + fileId).with(worker("collega")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(allOf(containsString("Noodtoegang"), not(containsString("Glas Breuk")))));
		mvc.perform(post("/sociale-dienst/dossiers/" + fileId + "/noodtoegang").with(worker("collega")).with(csrf())
			.param("reason", "kort"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("minstens 10 tekens")));
		assertThat(count("select count(*) from sc_access_log where case_file_id = ?", fileId)).isEqualTo(before);

		mvc.perform(post("/sociale-dienst/dossiers/" + fileId + "/noodtoegang").with(worker("collega")).with(csrf())
			.param("reason", "Vervanging van Wouter bij een dringende huurwaarborg"))
			.andExpect(redirectedUrlPattern("/sociale-dienst/dossiers/*"));
		mvc.perform(get("/sociale-dienst/dossiers/" + fileId).with(worker("collega")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Glas Breuk"), containsString("noodtoegang"))));
		assertThat(jdbc.sql("select purpose from sc_access_log where case_file_id = ? order by id desc limit 1")
			.param(fileId)
			.query(String.class)
			.single()).isEqualTo("BREAK_GLASS");
		var reason = jdbc.sql("select reason_cipher from sc_break_glass where case_file_id = ?").param(fileId)
			.query(byte[].class).single();
		assertThat(new String(reason, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Vervanging");
	}

	@ParameterizedTest
	@ValueSource(strings = { "FRONT_DESK", "ADMIN", "DPO", "BCSD_SECRETARY", "BCSD_CHAIR", "BCSD_MEMBER",
			"GENERAL_DIRECTOR", "SECRETARIAT" })
	void everyOtherRoleIsRefusedTheFileAndCannotBreakTheGlass(String role) throws Exception {
		var fileId = openFile(takenIntake("wouter", TestPeople.nextNrn(), "Geen", "Toegang", LocalDate.now(clock)), "wouter");
		var outsider = user("buiten-" + role.toLowerCase()).roles(role);
		mvc.perform(get("/sociale-dienst/dossiers/" + fileId).with(outsider)).andExpect(status().isForbidden());
		mvc.perform(get("/sociale-dienst/dossiers").with(outsider)).andExpect(status().isForbidden());
		mvc.perform(post("/sociale-dienst/dossiers/" + fileId + "/noodtoegang").with(outsider).with(csrf())
			.param("reason", "Ik wil dit dossier graag eens lezen")).andExpect(status().isForbidden());
		assertThat(count("select count(*) from sc_break_glass where case_file_id = ?", fileId)).isZero();
	}

	@Test
	void theHeadAssignsAndAStaleFormIsExplained() throws Exception {
		var fileId = openFile(takenIntake("wouter", TestPeople.nextNrn(), "Toe", "Wijzing", LocalDate.now(clock)), "wouter");
		var version = count("select version from sc_case_file where id = ?", fileId);
		mvc.perform(post("/sociale-dienst/dossiers/" + fileId + "/toewijzing").with(head()).with(csrf())
			.param("worker", "maatschappelijkwerker").param("version", String.valueOf(version)))
			.andExpect(redirectedUrlPattern("/sociale-dienst/dossiers/*"));
		assertThat(jdbc.sql("select username from sc_case_worker where case_file_id = ?").param(fileId)
			.query(String.class).list()).containsExactly("maatschappelijkwerker");
		mvc.perform(post("/sociale-dienst/dossiers/" + fileId + "/toewijzing").with(head()).with(csrf())
			.param("worker", "maatschappelijkwerker").param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"notification notification-warning\"")));
		mvc.perform(post("/sociale-dienst/dossiers/" + fileId + "/toewijzing").with(worker("maatschappelijkwerker"))
			.with(csrf()).param("worker", "maatschappelijkwerker").param("version", String.valueOf(version + 1)))
			.andExpect(status().isForbidden());
		// the previous worker no longer has a need to know
		mvc.perform(get("/sociale-dienst/dossiers/" + fileId).with(worker("wouter"))).andExpect(status().isForbidden());
	}

	@Test
	void forwardingNeedsReasonsAndAPlausibleDateAndSavesNothingOtherwise() throws Exception {
		var receivedOn = LocalDate.now(clock).minusDays(2);
		var fileId = openFile(takenIntake("wouter", TestPeople.nextNrn(), "Door", "Sturen", receivedOn), "wouter");
		var requestId = count("select id from sc_aid_request where case_file_id = ?", fileId);
		var version = count("select version from sc_case_file where id = ?", fileId);
		mvc.perform(post("/sociale-dienst/dossiers/" + fileId + "/doorsturen").with(worker("wouter")).with(csrf())
			.param("version", String.valueOf(version)).param("requestId", String.valueOf(requestId))
			.param("forwardedTo", "OCMW Eeklo").param("reasons", "").param("forwardedOn", LocalDate.now(clock).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Geef de redenen")));
		mvc.perform(post("/sociale-dienst/dossiers/" + fileId + "/doorsturen").with(worker("wouter")).with(csrf())
			.param("version", String.valueOf(version)).param("requestId", String.valueOf(requestId))
			.param("forwardedTo", "OCMW Eeklo").param("reasons", "Woont in Eeklo")
			.param("forwardedOn", receivedOn.minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("voor de ontvangst van de aanvraag")));
		assertThat(jdbc.sql("select status from sc_aid_request where id = ?").param(requestId).query(String.class).single())
			.isEqualTo("OPEN");
		mvc.perform(post("/sociale-dienst/dossiers/" + fileId + "/doorsturen").with(worker("wouter")).with(csrf())
			.param("version", String.valueOf(version)).param("requestId", String.valueOf(requestId))
			.param("forwardedTo", "OCMW Eeklo").param("reasons", "Woont sinds mei in Eeklo")
			.param("forwardedOn", LocalDate.now(clock).toString()))
			.andExpect(redirectedUrlPattern("/sociale-dienst/dossiers/*"));
		assertThat(jdbc.sql("select status from sc_aid_request where id = ?").param(requestId).query(String.class).single())
			.isEqualTo("FORWARDED");
		var reasons = jdbc.sql("select forward_reasons_cipher from sc_aid_request where id = ?").param(requestId)
			.query(byte[].class).single();
		assertThat(new String(reasons, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Eeklo");
	}

	@Test
	void theDashboardShowsOverdueAndSoonRequestsPerWorker() throws Exception {
		var overdue = openFile(takenIntake("dora", TestPeople.nextNrn(), "Te", "Laat", LocalDate.now(clock).minusDays(32)), "dora");
		openFile(takenIntake("dora", TestPeople.nextNrn(), "Bijna", "Laat", LocalDate.now(clock).minusDays(27)), "dora");
		var number = jdbc.sql("select file_number from sc_case_file where id = ?").param(overdue).query(String.class).single();
		mvc.perform(get("/sociale-dienst/termijnen").with(head()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("dora"), containsString(number),
					containsString("2 dagen te laat"), containsString("nog 3 dagen"))));
		mvc.perform(get("/sociale-dienst/termijnen").with(worker("wouter")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(number))));
		mvc.perform(get("/sociale-dienst/dossiers").with(worker("dora")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(number), containsString("Te Laat"))));
		mvc.perform(get("/sociale-dienst/dossiers").with(head()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(number), not(containsString("Te Laat")))));
	}

	@Test
	void theHeadsCountsPerWorkerAreRememberedOnlyUntilAChangeCommits() throws Exception {
		var link = "dossiers?medewerker=teller\"";
		mvc.perform(get("/sociale-dienst/termijnen").with(head()))
			.andExpect(content().string(not(containsString(link))));
		var before = loadVersion();
		openFile(takenIntake("teller", TestPeople.nextNrn(), "Tel", "Ler", LocalDate.now(clock).minusDays(2)), "teller");
		assertThat(loadVersion()).as("one transaction moves the version").isGreaterThan(before);
		mvc.perform(get("/sociale-dienst/termijnen").with(head()))
			.andExpect(content().string(containsString(link)));
		// whatever writes (here plain SQL, as the retention run does), the counts follow
		var moved = loadVersion();
		jdbc.sql("delete from sc_case_worker where username = 'teller'").update();
		assertThat(loadVersion()).isEqualTo(moved + 1);
		mvc.perform(get("/sociale-dienst/termijnen").with(head()))
			.andExpect(content().string(not(containsString(link))));
	}

	@Test
	void theReadModelOfOpenRequestsPerWorkerFollowsEveryChange() throws Exception {
		var fileId = openFile(takenIntake("model", TestPeople.nextNrn(), "Lees", "Model", LocalDate.now(clock).minusDays(4)),
				"model");
		assertThat(modelRows("model")).hasSize(1);
		// a second worker on the file sees its open request too; a moved receipt date moves the decision date
		jdbc.sql("insert into sc_case_worker (case_file_id, username) values (?, 'model2')").param(fileId).update();
		jdbc.sql("update sc_aid_request set received_on = received_on - 1 where case_file_id = ?").param(fileId).update();
		assertThat(modelRows("model2")).containsExactly(LocalDate.now(clock).minusDays(5).plusDays(30).toString());
		jdbc.sql("update sc_aid_request set status = 'FORWARDED', forwarded_on = received_on, forwarded_to = 'Eeklo',"
				+ " forward_reasons_cipher = '\\x00'"
				+ " where case_file_id = ?").param(fileId).update();
		assertThat(modelRows("model")).isEmpty();
		assertThat(modelRows("model2")).isEmpty();
		// whatever the other tests and the demo data did: the model is the join it stands for
		var modelled = jdbc.sql("select username || ' ' || request_id || ' ' || case_file_id || ' ' || decide_by"
				+ " from sc_open_request_worker order by 1").query(String.class).list();
		var joined = jdbc.sql("select w.username || ' ' || r.id || ' ' || r.case_file_id || ' ' || r.decide_by"
				+ " from sc_aid_request r join sc_case_worker w on w.case_file_id = r.case_file_id"
				+ " where r.status in ('OPEN', 'PROPOSED') order by 1").query(String.class).list();
		assertThat(modelled).isNotEmpty().isEqualTo(joined);
	}

	private java.util.List<String> modelRows(String worker) {
		return jdbc.sql("select decide_by::text from sc_open_request_worker where username = ?").param(worker)
			.query(String.class).list();
	}

	private long loadVersion() {
		return jdbc.sql("select version from sc_case_load_version").query(Long.class).single();
	}

	@Test
	void theDashboardShowsTheRequestsAPageAtATimeMostOverdueFirst() throws Exception {
		var numbers = new java.util.ArrayList<String>();
		for (var i = 0; i < 26; i++) {
			var fileId = openFile(takenIntake("pagina", TestPeople.nextNrn(), "Pagina", "Nummer" + i,
					LocalDate.now(clock).minusDays(60 - i)), "pagina");
			numbers.add(jdbc.sql("select file_number from sc_case_file where id = ?").param(fileId).query(String.class)
				.single());
		}
		mvc.perform(get("/sociale-dienst/termijnen").with(worker("pagina")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(numbers.get(0)), containsString(numbers.get(24)),
					not(containsString(numbers.get(25) + "<")), containsString("pagina=2&amp;herinneringen=1"),
					not(containsString("rel=\"prev\"")))));
		mvc.perform(get("/sociale-dienst/termijnen").param("pagina", "2").with(worker("pagina")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(numbers.get(25) + "<"), not(containsString(numbers.get(0) + "<")),
					containsString("rel=\"prev\""), not(containsString("rel=\"next\"")))));
		mvc.perform(get("/sociale-dienst/termijnen").param("pagina", "zes").with(worker("pagina")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(numbers.get(0) + "<")));
	}

	private long openFile(long intakeId, String worker) throws Exception {
		var location = mvc.perform(post("/sociale-dienst/dossiers").param("intake", String.valueOf(intakeId))
			.with(worker(worker)).with(csrf()))
			.andExpect(redirectedUrlPattern("/sociale-dienst/dossiers/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static String fmt(LocalDate date) {
		return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	static RequestPostProcessor worker(String name) {
		return user(name).roles("SOCIAL_WORKER");
	}

	static RequestPostProcessor head() {
		return user("hoofdsocialedienst").roles("SOCIAL_SERVICE_HEAD");
	}

	/** An intake taken in charge by {@code worker}, received on {@code receivedOn}. */
	long takenIntake(String worker, String nrn, String firstName, String lastName, LocalDate receivedOn) {
		var requestId = UUID.randomUUID();
		var requestedAt = LocalDateTime.of(receivedOn, java.time.LocalTime.of(10, 0));
		return jdbc.sql("""
				insert into sc_intake (request_id, register_number, requested_at, decision_deadline, first_name,
				    last_name, birth_date, national_register_number, language, type, registered_by, received_at,
				    status, assigned_to, taken_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'nl', 'LEEFLOON', 'onthaal', ?, 'TAKEN', ?, ?)
				returning id""")
			.params(requestId, "T-" + requestId.toString().substring(0, 8), requestedAt, receivedOn.plusDays(30),
					firstName, lastName, LocalDate.of(1980, 5, 17), nrn, OffsetDateTime.now(clock), worker,
					OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
	}

}

package be.eenloket.frontdesk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import be.eenloket.frontdesk.internal.SocialAidRegister;
import be.eenloket.kernel.RuleViolation;
import be.eenloket.support.IntegrationTest;
import be.eenloket.support.MutableClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The legal register of social-aid requests: numbering, deadline, receipt, hand-over and double submissions. */
@IntegrationTest
class SocialAidRegisterTests {

	@Autowired
	SocialAidRegister register;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void resetClock() {
		clock.reset();
		SecurityContextHolder.clearContext();
	}

	@Test
	void theDecisionDeadlineIsThirtyDaysAfterTheRequestAcrossMonthAndYearEnds() {
		assertThat(SocialAidRegister.decisionDeadline(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(SocialAidRegister.decisionDeadline(LocalDate.of(2028, 1, 31))).isEqualTo(LocalDate.of(2028, 3, 1));
		assertThat(SocialAidRegister.decisionDeadline(LocalDate.of(2026, 12, 15))).isEqualTo(LocalDate.of(2027, 1, 14));
		assertThat(SocialAidRegister.decisionDeadline(LocalDate.of(2026, 4, 30))).isEqualTo(LocalDate.of(2026, 5, 30));
	}

	@Test
	void concurrentRegistrationsGetConsecutiveNumbersWithoutGapsOrDuplicates() throws Exception {
		// a past year of its own, so the numbering starts at 1 and the inbox's newest requests stay on top
		var year = 2019;
		clock.travelTo(LocalDate.of(year, 3, 2));
		var pool = Executors.newFixedThreadPool(8);
		var tasks = new ArrayList<Callable<UUID>>();
		for (int i = 0; i < 24; i++) {
			var name = "Parallel" + i;
			tasks.add(() -> {
				signIn();
				try {
					return register.register(request(name, LocalDateTime.of(year, 3, 1, 8, 0)), UUID.randomUUID());
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			});
		}
		var ids = new ArrayList<UUID>();
		for (var future : pool.invokeAll(tasks)) {
			ids.add(future.get());
		}
		pool.shutdown();
		var numbers = jdbc.sql("select register_seq from fd_social_aid_request where register_year = ? order by register_seq")
			.param(year).query(Integer.class).list();
		assertThat(ids).doesNotHaveDuplicates().hasSize(24);
		assertThat(numbers).hasSize(24);
		for (int i = 0; i < numbers.size(); i++) {
			assertThat(numbers.get(i)).isEqualTo(i + 1);
		}
	}

	@Test
	void aRefusedRegistrationGivesItsNumberBack() {
		signIn();
		clock.travelTo(LocalDate.of(2018, 6, 2));
		var first = register.register(request("Eerste", LocalDateTime.of(2018, 6, 1, 8, 0)), UUID.randomUUID());
		assertThatThrownBy(() -> register.register(new SocialAidRegister.Registration("Fout", "Nummer", null,
				"85073003329", null, null, null, "nl", SocialAidRequestType.LEEFLOON, null,
				LocalDateTime.of(2018, 6, 1, 8, 30)), UUID.randomUUID()))
			.isInstanceOf(RuleViolation.class);
		var second = register.register(request("Tweede", LocalDateTime.of(2018, 6, 1, 9, 0)), UUID.randomUUID());
		assertThat(register.find(first).orElseThrow().registerNumber()).isEqualTo("2018-00001");
		assertThat(register.find(second).orElseThrow().registerNumber()).isEqualTo("2018-00002");
	}

	@Test
	void theSameFormSubmittedTwiceRegistersOneRequest() {
		signIn();
		var token = UUID.randomUUID();
		var first = register.register(request("Dubbel", LocalDateTime.now(clock).minusHours(1)), token);
		var second = register.register(request("Dubbel", LocalDateTime.now(clock).minusHours(1)), token);
		assertThat(second).isEqualTo(first);
		assertThat(jdbc.sql("select count(*) from fd_social_aid_request where last_name = 'Dubbel'").query(Long.class).single())
			.isOne();
	}

	@Test
	void registeringWritesTheAuditEntryAndHandsTheRequestToTheSocialService() {
		signIn();
		var id = register.register(request("Overdracht", LocalDateTime.now(clock).minusMinutes(5)), UUID.randomUUID());
		var number = register.find(id).orElseThrow().registerNumber();
		assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'SocialAidRequest' and record_id = ? and actor = 'onthaal'")
			.param(number).query(Long.class).single()).isOne();
		// the audit summary carries no personal data
		assertThat(jdbc.sql("select summary from audit_entry where record_id = ?").param(number).query(String.class).single())
			.doesNotContain("Overdracht");
		// the social service received it (that the delivered publication leaves no personal data behind is
		// IntakeModuleTests' concern)
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> jdbc
			.sql("select count(*) from sc_intake where request_id = ?").param(id).query(Long.class).single() == 1);
	}

	@Test
	void theReceiptIsARealPdfWithTheNumberTheDateAndTheDeadline() throws Exception {
		signIn();
		clock.travelTo(LocalDate.of(2026, 2, 2));
		var id = register.register(new SocialAidRegister.Registration("Lotte", "Claeys", LocalDate.of(1985, 7, 30),
				"85.07.30-033.28", null, null, null, "nl", SocialAidRequestType.MEDISCHE_KAART, null,
				LocalDateTime.of(2026, 1, 31, 10, 15)), UUID.randomUUID());
		var entry = register.find(id).orElseThrow();
		var pdf = mvc.perform(get("/onthaal/hulpvragen/" + id + "/ontvangstbewijs.pdf").with(user("onthaal").roles("FRONT_DESK")))
			.andReturn().getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		be.eenloket.support.PdfChecks.assertTaggedWithEmbeddedFonts(pdf.getContentAsByteArray());
		try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
			var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Ontvangstbewijs van uw vraag om hulp aan het OCMW")
				.contains("Registernummer " + entry.registerNumber())
				.contains("Lotte Claeys")
				.contains("zaterdag 31 januari 2026 om 10:15")
				.contains("maandag 2 maart 2026")
				.contains("binnen 30 dagen")
				.contains("Sociale dienst (Sociaal Huis)")
				.contains("Medische kaart");
		}
	}

	private static SocialAidRegister.Registration request(String lastName, LocalDateTime at) {
		return new SocialAidRegister.Registration("Test", lastName, null, null, null, null, null, "nl",
				SocialAidRequestType.FINANCIELE_STEUN, null, at);
	}

	private static void signIn() {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("onthaal",
				null, List.of(new SimpleGrantedAuthority("ROLE_FRONT_DESK"))));
	}

}

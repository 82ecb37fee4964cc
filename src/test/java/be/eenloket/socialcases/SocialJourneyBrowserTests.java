package be.eenloket.socialcases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import be.eenloket.support.Browser;
import be.eenloket.support.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The social service's journey in Chromium, in Dutch, with axe-core on every page: a worker takes an intake, opens
 * the file, plans the hearing and proposes; the BCSD secretary puts it on the agenda and records the vote; the worker
 * prints the decision letter; the DPO sees who read the file.
 */
@BrowserTest
class SocialJourneyBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void fromIntakeThroughTheBcsdToTheDecisionLetterAndTheDposView(Browser browser) throws Exception {
		var today = LocalDate.now(clock);
		var intakeId = newIntake(today.minusDays(6));
		var page = browser.page();

		browser.loginAs("maatschappelijkwerker");
		browser.open("/sociale-dienst/intake/" + intakeId);
		button(page, "Ik neem deze hulpvraag op").click();
		button(page, "Dossier openen").click();
		assertThat(page.locator(".notification-success")).containsText("Het dossier is open");
		assertThat(page.locator("h1")).containsText("Dossier SD-");
		assertThat(page.locator("main")).containsText("Reisbrowser Journey");
		browser.assertAccessible();
		var fileUrl = page.url();
		var fileNumber = page.locator("h1 > span").first().textContent().replace("Dossier ", "").strip();

		page.locator("table a").first().click();
		assertThat(page.locator("h1")).containsText("Aanvraag");
		browser.assertAccessible();
		page.getByLabel("Datum van het gesprek").fill(today.plusDays(1).toString());
		page.getByLabel("Uur").fill("10:30");
		page.getByLabel("Plaats").fill("Sociaal Huis, spreekkamer 1");
		button(page, "Gesprek plannen").click();
		assertThat(page.locator(".notification-success")).containsText("Het gesprek is gepland");
		// a proposal without reasons: the error summary and the field say why
		page.getByLabel("Weigeren").check();
		button(page, "Voorstel bewaren").click();
		assertThat(page.locator(".error-summary")).containsText("Geef de motivering");
		browser.assertAccessible();
		page.getByLabel("Weigeren").check();
		page.getByLabel("Motivering").fill("Het gezinsinkomen ligt boven het leefloonbedrag.");
		page.getByLabel("Wettelijke grondslag").selectOption("RMI_14");
		button(page, "Voorstel bewaren").click();
		assertThat(page.locator(".notification-success")).containsText("Het voorstel is klaar");
		var requestUrl = page.url();

		browser.open("/sociale-dienst/dossiers");
		assertThat(page.locator("main")).containsText(fileNumber);
		browser.assertAccessible();
		browser.open("/sociale-dienst/termijnen");
		assertThat(page.locator("h1")).hasText("Termijnen sociale dienst");
		browser.assertAccessible();
		page.locator("form[action='/logout'] button").click();

		browser.loginAs("bcsd");
		page.locator("nav.main-nav").getByText("BCSD", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)).click();
		assertThat(page.locator("h1")).hasText("Vergaderingen van het BCSD");
		browser.assertAccessible();
		page.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true)).fill(today.toString());
		page.getByLabel("Uur").fill("23:30");
		page.getByLabel("Plaats").fill("Raadzaal");
		button(page, "Vergadering plannen").click();
		assertThat(page.locator(".notification-success")).containsText("De vergadering is gepland");
		browser.assertAccessible();
		var requestId = jdbc.sql("select r.id from sc_aid_request r where r.intake_id = ?").param(intakeId)
			.query(Long.class).single();
		page.getByLabel("Voorstel").selectOption(String.valueOf(requestId));
		button(page, "Op de agenda zetten").click();
		assertThat(page.locator("table")).containsText(fileNumber);
		button(page, "Oproeping versturen").click();
		page.getByLabel("Aantal aanwezige leden, voorzitter inbegrepen").fill("7");
		button(page, "Aanwezigheid bewaren").click();
		assertThat(page.locator("main")).containsText("het comité kan beslissen");
		page.getByLabel("Stemmen voor").fill("6");
		page.getByLabel("Stemmen tegen").fill("0");
		page.getByLabel("Onthoudingen").fill("1");
		page.getByLabel("De hoogdringendheid is met 2/3").check();
		button(page, "Stemming bewaren").click();
		assertThat(page.locator(".notification-success")).containsText("De stemming is bewaard");
		assertThat(page.locator("table")).containsText("Aangenomen (6 voor, 0 tegen, 1 onthouding)");
		browser.assertAccessible();
		page.getByText("Agenda lezen").click();
		assertThat(page.locator("main")).containsText("Het gezinsinkomen ligt boven het leefloonbedrag.");
		browser.assertAccessible();
		page.goBack();
		button(page, "Vergadering afsluiten").click();
		assertThat(page.locator("main")).containsText("Afgesloten");
		page.locator("form[action='/logout'] button").click();

		browser.loginAs("maatschappelijkwerker");
		page.navigate(requestUrl);
		assertThat(page.locator("main")).containsText("Weigeren op");
		var letterHref = page.getByText("Beslissingsbrief (PDF)").getAttribute("href");
		var letter = page.request().get(browser.baseUrl() + letterHref);
		assertThat(letter.headers().get("content-type")).isEqualTo("application/pdf");
		try (var document = Loader.loadPDF(letter.body())) {
			var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Reisbrowser Journey", "beslist uw aanvraag te weigeren",
					"Het gezinsinkomen ligt boven het leefloonbedrag.", "artikel 14", "Arbeidsrechtbank Gent",
					"binnen 3 maanden", "recht uw dossier in te kijken", "Mila Maatschappelijk Werker");
		}
		page.getByLabel("Verstuurd of afgegeven op").fill(today.toString());
		page.getByLabel("aangetekende brief").check();
		button(page, "Betekening bewaren").click();
		assertThat(page.locator(".notification-success")).containsText("De beroepstermijn loopt");
		browser.assertAccessible();
		page.navigate(fileUrl);
		page.locator("form[action='/logout'] button").click();

		browser.loginAs("dpo");
		page.locator("nav.main-nav").getByText("Inzage dossiers").click();
		page.getByLabel("Dossiernummer").fill(fileNumber);
		button(page, "Zoeken").click();
		assertThat(page.locator("table")).containsText("maatschappelijkwerker");
		assertThat(page.locator("table")).containsText("bcsd");
		assertThat(page.locator("table")).containsText("Brief");
		assertThat(page.locator("table")).containsText("Voorbereiding BCSD");
		browser.assertAccessible();
	}

	@Test
	void anotherSocialWorkerBreaksTheGlassWithAReason(Browser browser) {
		var fileId = jdbc.sql("select min(id) from sc_case_file").query(Long.class).single();
		var page = browser.page();
		browser.loginAs("maatschappelijkwerker");
		jdbc.sql("delete from sc_case_worker where case_file_id = ?").param(fileId).update();
		jdbc.sql("insert into sc_case_worker (case_file_id, username) values (?, 'iemand.anders')").param(fileId).update();
		browser.open("/sociale-dienst/dossiers/" + fileId);
		assertThat(page.locator("h1")).hasText("Noodtoegang tot een dossier");
		browser.assertAccessible();
		button(page, "Dossier openen met noodtoegang").click();
		assertThat(page.locator(".error-summary")).containsText("minstens 10 tekens");
		browser.assertAccessible();
		page.getByLabel("Waarom moet u dit dossier nu inkijken?").fill("Vervanging van een zieke collega");
		button(page, "Dossier openen met noodtoegang").click();
		assertThat(page.locator(".notification-warning")).containsText("noodtoegang");
		browser.assertAccessible();
	}

	private static com.microsoft.playwright.Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private long newIntake(LocalDate receivedOn) {
		var requestId = UUID.randomUUID();
		var requestedAt = LocalDateTime.of(receivedOn, java.time.LocalTime.of(11, 0));
		return jdbc.sql("""
				insert into sc_intake (request_id, register_number, requested_at, decision_deadline, first_name,
				    last_name, birth_date, national_register_number, language, type, registered_by, received_at)
				values (?, ?, ?, ?, 'Reisbrowser', 'Journey', ?, ?, 'nl', 'LEEFLOON', 'onthaal', ?)
				returning id""")
			.params(requestId, "B-" + requestId.toString().substring(0, 8), requestedAt, receivedOn.plusDays(30),
					LocalDate.of(1984, 6, 1), TestPeople.nextNrn(), OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
	}

}

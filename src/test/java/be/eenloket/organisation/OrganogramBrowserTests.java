package be.eenloket.organisation;

import java.time.LocalDate;

import be.eenloket.support.Browser;
import be.eenloket.support.BrowserTest;
import be.eenloket.support.MutableClock;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The secretariat's and the algemeen directeur's journeys through the organogram, in Chromium, with axe-core. */
@BrowserTest
class OrganogramBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void secretariatDraftsAMoveTheDirectorApprovesItAndItTakesEffectOnTheDate(Browser browser) {
		var page = browser.page();
		var ict = unitId("ICT");
		var personeel = unitId("PERS");
		var effective = LocalDate.of(LocalDate.now(clock).getYear() + 1, 1, 1);

		browser.loginAs("secretariaat");
		page.locator("nav.main-nav").getByText("Organogram").click();
		assertThat(page.locator("h1")).hasText("Organogram");
		browser.assertAccessible();
		page.getByText("Herstructureringen").click();
		browser.assertAccessible();
		page.getByText("Nieuw ontwerp").click();
		browser.assertAccessible();
		page.getByLabel("Naam").fill("ICT naar de personeelsdienst");
		page.getByLabel("Ingangsdatum").fill(effective.toString());
		page.locator("main button[type=submit]").click();
		assertThat(page.locator(".notification-success")).containsText("Het ontwerp is aangemaakt");

		page.getByText("Eenheid verplaatsen").click();
		browser.assertAccessible();
		page.getByLabel("Eenheid", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(ict));
		page.getByLabel("Komt onder").selectOption(String.valueOf(personeel));
		page.getByText("Aan het ontwerp toevoegen").click();
		assertThat(page.locator(".change-list")).containsText("ICT komt onder Personeelsdienst");
		assertThat(page.locator(".side-by-side")).containsText("gewijzigd");
		assertThat(page.getByText("Herstructurering goedkeuren")).hasCount(0);
		browser.assertAccessible();
		var draftUrl = page.url();

		// one ICT colleague moves to the personnel department's staff in the same draft
		var mover = jdbc.sql("""
				select a.id, pe.first_name || ' ' || pe.last_name from org_assignment a join org_person pe on pe.id = a.person_id
				join org_position p on p.id = a.position_id
				where p.unit_id = ? and p.kind = 'STAFF' and pe.account_username is null and a.valid_to is null
				order by a.id limit 1""")
			.param(ict)
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.single();
		var personnelStaff = jdbc.sql("select id from org_position where unit_id = ? and kind = 'STAFF'").param(personeel)
			.query(Long.class).single();
		page.getByText("Een medewerker verplaatsen").click();
		page.getByText("Aan het ontwerp toevoegen").click();
		assertThat(page.locator(".error-summary")).containsText("Kies de medewerker die verplaatst wordt.");
		browser.assertAccessible();
		page.getByLabel("Medewerker en huidige functie").selectOption(String.valueOf(mover[0]));
		page.getByLabel("Nieuwe functie").selectOption(String.valueOf(personnelStaff));
		page.getByText("Aan het ontwerp toevoegen").click();
		assertThat(page.locator(".change-list")).containsText(mover[1] + " gaat van Administratief medewerker (ICT) naar Administratief medewerker (Personeelsdienst).");
		browser.assertAccessible();

		// and a new team under the personnel department, with its own head position, in the same draft
		page.getByText("Nieuwe eenheid", new Page.GetByTextOptions().setExact(true)).click();
		browser.assertAccessible();
		page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill("DIGITEAM");
		page.getByLabel("Soort eenheid").selectOption("TEAM");
		page.getByLabel("Nieuwe naam").fill("Team Digitalisering");
		page.getByLabel("Functie van het hoofd (optioneel)").fill("Teamleider digitalisering");
		page.getByLabel("Komt onder").selectOption(String.valueOf(personeel));
		page.locator("input[name=newLegalEntities][value=GEM]").check();
		page.getByText("Aan het ontwerp toevoegen").click();
		assertThat(page.locator(".change-list")).containsText(
				"Nieuwe eenheid Team Digitalisering (DIGITEAM) onder Personeelsdienst, met de functie Teamleider digitalisering als hoofd");
		browser.assertAccessible();

		page.getByText("Tekening van de organisatie met dit ontwerp", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(page.locator("h1")).hasText("Ontwerp ‘ICT naar de personeelsdienst’: organogram op 1 januari " + effective.getYear());
		assertThat(page.locator("svg[role=img] title")).hasText(page.locator("h1").textContent());
		assertThat(page.locator("main ul.org-tree li:has(> .unit-name:text-is('Personeelsdienst')) .unit-name:text-is('ICT')"))
			.hasCount(1);
		browser.assertAccessible();
		page.getByText("Terug naar het ontwerp").click();

		page.locator("form[action='/logout'] button").click();
		browser.loginAs("algemeendirecteur");
		page.navigate(draftUrl);
		page.getByLabel("Nummer van het raadsbesluit").fill("2026/123");
		page.getByText("Herstructurering goedkeuren").click();
		assertThat(page.locator(".error-summary")).containsText("Geef de datum van het raadsbesluit in.");
		browser.assertAccessible();
		page.getByLabel("Datum van het raadsbesluit").fill(LocalDate.now(clock).minusDays(3).toString());
		page.getByText("Herstructurering goedkeuren").click();
		assertThat(page.locator(".notification-success")).containsText("De herstructurering is goedgekeurd");
		browser.assertAccessible();

		browser.open("/organogram/eenheden/" + ict);
		assertThat(page.locator(".summary-list")).containsText("Interne zaken");

		clock.travelTo(effective);
		browser.open("/organogram/eenheden/" + ict);
		assertThat(page.locator(".summary-list")).containsText("Personeelsdienst");
		assertThat(page.locator("main")).not().containsText((String) mover[1]);
		browser.open("/organogram/eenheden/" + personeel);
		assertThat(page.locator("main")).containsText((String) mover[1]);
		assertThat(page.locator("main")).containsText("Team Digitalisering");
		browser.open("/organogram/herstructureringen");
		assertThat(page.locator("table")).containsText("Van kracht");
	}

	@Test
	void unitPagesAndFormsExplainMistakesAndAreAccessible(Browser browser) {
		var page = browser.page();
		var burgerzaken = unitId("BURG");
		browser.loginAs("secretariaat");

		browser.open("/organogram/eenheden/" + burgerzaken);
		assertThat(page.locator("h1")).containsText("Burgerzaken");
		assertThat(page.locator("table").first()).containsText("Diensthoofd burgerzaken");
		browser.assertAccessible();

		page.getByText("Eenheid wijzigen").click();
		browser.assertAccessible();
		page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("");
		page.getByText("Opslaan").click();
		assertThat(page.locator(".error-summary")).containsText("Geef een naam in.");
		browser.assertAccessible();

		browser.open("/organogram/eenheden/" + burgerzaken + "/opheffen");
		assertThat(page.locator(".notification-warning")).containsText("medewerker");
		page.getByText("Eenheid opheffen").last().click();
		assertThat(page.locator(".error-summary")).containsText("kan niet opgeheven worden");
		browser.assertAccessible();

		browser.open("/organogram/eenheden/" + burgerzaken + "/functies/nieuw");
		page.getByLabel("Hoofd", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Functietitel").fill("Tweede diensthoofd");
		page.getByText("Opslaan").click();
		assertThat(page.locator(".error-summary")).containsText("heeft op die datum al een functie van hoofd");
		browser.assertAccessible();

		browser.open("/organogram/eenheden/nieuw");
		page.getByLabel("Code").fill("kleine letters!");
		page.getByText("Opslaan").click();
		assertThat(page.locator(".error-summary")).containsText("Een code heeft 2 tot 20 hoofdletters");
		assertThat(page.locator(".error-summary")).containsText("Kies minstens één bestuur");
		browser.assertAccessible();

		var position = jdbc.sql("select p.id from org_position p join org_unit u on u.id = p.unit_id where u.code = 'BURG' and p.kind = 'HEAD'")
			.query(Long.class).single();
		browser.open("/organogram/toewijzingen/nieuw?functie=" + position);
		page.getByLabel("Medewerker").selectOption(new SelectOption().setIndex(1));
		page.getByLabel("Voltijdse equivalenten (VTE)").fill("1,5");
		page.getByText("Opslaan").click();
		assertThat(page.locator(".error-summary")).isVisible();
		browser.assertAccessible();

		var assignment = jdbc.sql("select a.id from org_assignment a where a.position_id = ?").param(position)
			.query(Long.class).list().get(0);
		browser.open("/organogram/toewijzingen/" + assignment + "/beeindigen");
		page.getByLabel("Laatste dag plus één").fill("");
		page.locator("main button[type=submit]").click();
		assertThat(page.locator(".error-summary")).containsText("Geef de datum in.");
		browser.assertAccessible();

		browser.open("/organogram?datum=geen-datum");
		assertThat(page.locator(".error-summary")).containsText("Deze datum kunnen we niet lezen");
		browser.assertAccessible();
	}

	@Test
	void staffWithoutAnEditingRoleReadTheOrganogramButSeeNoEditLinks(Browser browser) {
		browser.loginAs("onthaal");
		browser.open("/organogram/eenheden/" + unitId("SOC"));
		assertThat(browser.page().locator("h1")).containsText("Sociale dienst");
		assertThat(browser.page().getByText("Eenheid wijzigen")).hasCount(0);
		browser.assertAccessible();
		var forbidden = browser.open("/organogram/herstructureringen");
		org.assertj.core.api.Assertions.assertThat(forbidden.status()).isEqualTo(403);
	}

	private long unitId(String code) {
		return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
	}

}

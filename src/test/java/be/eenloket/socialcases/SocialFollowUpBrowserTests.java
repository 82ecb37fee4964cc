package be.eenloket.socialcases;

import java.time.Clock;
import java.time.LocalDate;

import be.eenloket.support.Browser;
import be.eenloket.support.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Follow-up and retention in Chromium with axe-core: the worker plans a review on a demo file (a wrong date first)
 * and sees it on the dashboard; the DPO sees the demo file past retention, on the workspace and the retention page,
 * and is told to confirm before anything is erased.
 */
@BrowserTest
class SocialFollowUpBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theWorkerPlansAReviewAndTheDpoSeesTheFilesPastRetention(Browser browser) {
		var today = LocalDate.now(clock);
		var page = browser.page();
		var sofie = jdbc.sql("select case_file_id from sc_household_member where first_name = 'Sofie' and last_name = 'Peeters'")
			.query(Long.class).single();

		browser.loginAs("maatschappelijkwerker");
		browser.open("/sociale-dienst/dossiers/" + sofie);
		assertThat(page.locator("main")).containsText("Huurcontract en waarborg nakijken met de verhuurder.");
		page.getByLabel("Datum van de herziening").fill(today.minusDays(1).toString());
		page.getByLabel("Wat herzien").fill("Energiefactuur bekijken");
		button(page, "Herziening plannen").click();
		assertThat(page.locator(".error-summary")).containsText("Kies een datum vanaf vandaag");
		browser.assertAccessible();
		page.getByLabel("Datum van de herziening").fill(today.plusMonths(2).toString());
		button(page, "Herziening plannen").click();
		assertThat(page.locator(".notification-success")).containsText("De herziening is gepland");
		assertThat(page.locator("main")).containsText("Energiefactuur bekijken");
		browser.assertAccessible();
		browser.open("/sociale-dienst/termijnen");
		assertThat(page.locator("main")).containsText("Opvolging: herzieningen en huisbezoeken");
		browser.assertAccessible();
		page.locator("form[action='/logout'] button").click();

		browser.loginAs("dpo");
		browser.open("/werkplek");
		assertThat(page.locator("main")).containsText("wacht");
		browser.open("/sociale-dienst/bewaartermijn");
		assertThat(page.locator("h1")).hasText("Bewaartermijn sociale dossiers");
		assertThat(page.locator("table")).containsText("Verhuisd naar een andere gemeente");
		assertThat(page.locator("main")).not().containsText("Lambrecht");
		browser.assertAccessible();
		button(page, "Anonimiseren").click();
		assertThat(page.locator(".error-summary")).containsText("Bevestig dat u de anonimisering goedkeurt.");
		browser.assertAccessible();
	}

	private static com.microsoft.playwright.Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}

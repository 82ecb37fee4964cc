package be.eenloket.socialcases;

import be.eenloket.support.Browser;
import be.eenloket.support.BrowserTest;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A social worker's day starts in the intake inbox: in Chromium, with axe-core on every page. */
@BrowserTest
class IntakeBrowserTests {

	@Test
	void aSocialWorkerOpensTheInboxOpensARequestAndTakesItInCharge(Browser browser) {
		var page = browser.page();
		browser.loginAs("maatschappelijkwerker");
		page.locator("nav.main-nav").getByText("Sociale dienst").click();
		assertThat(page.locator("h1")).hasText("Intake sociale dienst");
		assertThat(page.locator("table caption")).containsText("Hulpvragen");
		browser.assertAccessible();

		page.getByLabel("Toon").selectOption("NEW");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon de lijst")).click();
		assertThat(page.locator("table tbody")).not().containsText("In behandeling");
		page.locator("table tbody th a").first().click();
		assertThat(page.locator("h1")).containsText("Hulpvraag");
		assertThat(page.locator("main")).containsText("Rijksregisternummer");
		browser.assertAccessible();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik neem deze hulpvraag op")).click();
		assertThat(page.locator(".notification-success")).hasText("U hebt deze hulpvraag opgenomen.");
		assertThat(page.locator(".panel")).containsText("In behandeling");
		assertThat(page.locator(".panel")).containsText("door maatschappelijkwerker");
		browser.assertAccessible();
	}

}

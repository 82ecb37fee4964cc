package be.eenloket.directory;

import be.eenloket.support.Browser;
import be.eenloket.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A citizen on the public pages, in Chromium, with axe-core on every page. */
@BrowserTest
class CitizenBrowserTests {

	@Test
	void citizenTypesPaspoortOpensTheFirstResultAndSeesBuildingAndFloor(Browser browser) {
		var page = browser.page();
		browser.open("/");
		browser.assertAccessible();
		page.getByLabel("Waarvoor komt u?").fill("paspoort");
		page.keyboard().press("Enter");
		assertThat(page.locator("h2").first()).containsText("voor \"paspoort\"");
		browser.assertAccessible();
		page.locator(".result-title a").first().click();
		assertThat(page.locator("h1")).hasText("Paspoort aanvragen");
		browser.assertAccessible();
		page.locator(".card-title a").first().click();
		assertThat(page.locator("h1")).hasText("Dienst Burgerzaken");
		assertThat(page.locator(".summary-list")).containsText("Gemeentehuis");
		assertThat(page.locator(".summary-list")).containsText("gelijkvloers");
		browser.assertAccessible();
	}

	@Test
	void theSameJourneyInEnglishIsAccessible(Browser browser) {
		var page = browser.page();
		browser.open("/?lang=en");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		browser.assertAccessible();
		page.locator("input[name=q]").fill("paspoort");
		page.keyboard().press("Enter");
		page.waitForURL(java.util.regex.Pattern.compile(".*/zoeken\\?.*q=paspoort.*"));
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		browser.assertAccessible();
		page.locator(".result-title a").first().click();
		page.waitForURL(java.util.regex.Pattern.compile(".*/producten/.*"));
		browser.assertAccessible();
		page.locator(".card-title a").first().click();
		assertThat(page.locator("h1")).hasText("Dienst Burgerzaken");
		// the directory's data is Dutch only: on an English page it is marked as Dutch (WCAG 3.1.2)
		assertThat(page.locator("h1")).hasAttribute("lang", "nl");
		browser.assertAccessible();
		browser.open("/gebouwen/gemeentehuis");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator(".floor-services a").first()).hasAttribute("lang", "nl");
		browser.assertAccessible();
		browser.open("/zoeken?q=xyzzy");
		browser.assertAccessible();
		browser.open("/diensten/burgerzaken?lang=nl");
		assertThat(page.locator("html")).hasAttribute("lang", "nl");
		assertThat(page.locator("h1")).not().hasAttribute("lang", "nl");
	}

	@Test
	void buildingsFloorsAndTheNoResultPageAreAccessible(Browser browser) {
		var page = browser.page();
		browser.open("/gebouwen/gemeentehuis");
		assertThat(page.locator("h1")).hasText("Gemeentehuis");
		assertThat(page.locator(".floor").first()).containsText("3de verdieping");
		browser.assertAccessible();
		page.getByText("2de verdieping").first().click();
		assertThat(page.locator(".result-points")).containsText("Financiële dienst");
		browser.assertAccessible();
		browser.open("/zoeken?q=xyzzy");
		assertThat(page.locator("h2").first()).containsText("We vonden niets");
		browser.assertAccessible();
		browser.open("/diensten/communicatie");
		assertThat(page.locator(".notification-warning")).containsText("2de verdieping");
		browser.assertAccessible();
	}

	@Test
	void theBuildingListTheLobbyBoardAndTheNotFoundPageAreAccessible(Browser browser) {
		var page = browser.page();
		browser.open("/gebouwen");
		assertThat(page.locator("h1")).hasText("Onze gebouwen");
		browser.assertAccessible();
		browser.open("/gebouwen/gemeentehuis/wegwijzer");
		assertThat(page.locator(".board-floor").first()).containsText("3de verdieping");
		browser.assertAccessible();
		browser.open("/gebouwen/gemeentehuis/verdiepingen/0/wegwijzer");
		assertThat(page.locator(".board")).containsText("Dienst Burgerzaken");
		browser.assertAccessible();
		var response = browser.open("/diensten/bestaat-niet");
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("h1")).hasText("Deze pagina bestaat niet");
		browser.assertAccessible();
		browser.open("/zoeken?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%F0%9F%98%80");
		assertThat(page.locator("h2").first()).containsText("<script>alert(1)</script>");
		browser.assertAccessible();
	}

}

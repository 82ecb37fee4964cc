package be.eenloket.shared;

import be.eenloket.support.Browser;
import be.eenloket.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The foundation's pages in a real Chromium: layout, login, admin pages, errors, and zero axe-core violations. */
@BrowserTest
class FoundationBrowserTests {

	@Test
	void citizenSeesTheDutchHomePageAndItIsAccessible(Browser browser) {
		var response = browser.open("/");
		assertThat(response.status()).isEqualTo(200);
		var page = browser.page();
		assertThat(page.locator("html")).hasAttribute("lang", "nl");
		assertThat(page.locator("h1")).containsText("Welkom bij Gemeente en OCMW Maldegem");
		assertThat(page.locator("nav.main-nav")).not().containsText("Accounts");
		browser.assertAccessible();
	}

	@Test
	void theFirstTabReachesTheSkipLinkWhichJumpsToTheContent(Browser browser) {
		browser.open("/");
		var page = browser.page();
		page.keyboard().press("Tab");
		assertThat(page.locator(":focus")).hasText("Naar de inhoud");
		page.keyboard().press("Enter");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#main$"));
	}

	@Test
	void theLanguageSwitchShowsEnglishAndRemembersIt(Browser browser) {
		browser.open("/toegankelijkheid");
		browser.page().getByText("English").click();
		assertThat(browser.page().locator("h1")).hasText("Accessibility statement");
		assertThat(browser.page().locator("html")).hasAttribute("lang", "en");
		browser.open("/");
		assertThat(browser.page().locator("h1")).containsText("Welcome to");
		browser.assertAccessible();
	}

	@Test
	void theAccessibilityStatementIsAccessible(Browser browser) {
		browser.open("/toegankelijkheid");
		assertThat(browser.page().locator("h1")).hasText("Toegankelijkheidsverklaring");
		browser.assertAccessible();
	}

	@Test
	void aFailedLoginShowsOneGenericMessageAndIsAccessible(Browser browser) {
		browser.open("/login");
		browser.assertAccessible();
		browser.page().getByLabel("Gebruikersnaam").fill("admin");
		browser.page().getByLabel("Wachtwoord").fill("verkeerd");
		browser.page().locator("main button[type=submit]").click();
		assertThat(browser.page().locator(".error-summary")).containsText("Aanmelden lukte niet");
		browser.assertAccessible();
	}

	@Test
	void administratorCreatesAnAccountAfterFixingAMistake(Browser browser) {
		browser.loginAs("admin");
		var page = browser.page();
		page.locator("nav.main-nav").getByText("Accounts").click();
		assertThat(page.locator("h1")).hasText("Accounts van medewerkers");
		assertThat(page.locator("table")).containsText("onthaal");
		browser.assertAccessible();

		page.getByText("Nieuw account").click();
		browser.assertAccessible();
		page.getByLabel("Gebruikersnaam").fill("Fout Naam");
		page.getByLabel("Naam", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("An Vermeulen");
		page.getByLabel("Onthaal").check();
		page.getByLabel("Wachtwoord").fill("kort");
		page.getByText("Opslaan").click();
		assertThat(page.locator(".error-summary")).containsText("Een gebruikersnaam heeft 2 tot 60 tekens");
		assertThat(page.locator(".error-summary")).containsText("Een wachtwoord heeft minstens 12 tekens");
		browser.assertAccessible();

		page.getByLabel("Gebruikersnaam").fill("an.vermeulen");
		page.getByLabel("Wachtwoord").fill("een-veilig-wachtwoord");
		page.getByText("Opslaan").click();
		assertThat(page.locator(".notification-success")).containsText("Account an.vermeulen is opgeslagen.");
		assertThat(page.locator("table")).containsText("An Vermeulen");
	}

	@Test
	void theAuditPageShowsWhoDidWhatAndIsAccessible(Browser browser) {
		browser.loginAs("dpo");
		browser.open("/admin/audit?module=identity");
		assertThat(browser.page().locator("h1")).hasText("Auditlog");
		assertThat(browser.page().locator("table")).containsText("Demo-account admin aangemaakt");
		browser.assertAccessible();
		browser.page().getByLabel("Van", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("2026-11-20");
		browser.page().getByLabel("Tot en met").fill("2026-11-01");
		browser.page().getByText("Filteren").click();
		assertThat(browser.page().locator(".error-summary")).containsText("De einddatum ligt voor de begindatum.");
		browser.assertAccessible();
	}

	@Test
	void legalEntitiesPagesAreAccessible(Browser browser) {
		browser.loginAs("admin");
		browser.open("/admin/legal-entities");
		assertThat(browser.page().locator("table")).containsText("OCMW Maldegem");
		browser.assertAccessible();
		browser.page().getByText("Nieuw bestuur").click();
		browser.page().getByText("Opslaan").click();
		assertThat(browser.page().locator(".error-summary")).containsText("Geef een code in.");
		browser.assertAccessible();
	}

	@Test
	void errorPagesAreDutchAndAccessible(Browser browser) {
		var notFound = browser.open("/bestaat-niet");
		assertThat(notFound.status()).isEqualTo(404);
		assertThat(browser.page().locator("h1")).hasText("Deze pagina bestaat niet");
		browser.assertAccessible();

		browser.loginAs("onthaal");
		var forbidden = browser.open("/admin/accounts");
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(browser.page().locator("h1")).hasText("U heeft geen toegang tot deze pagina");
		browser.assertAccessible();

		var badRequest = browser.open("/admin/legal-entities/geen-nummer");
		assertThat(badRequest.status()).isEqualTo(403);
	}

	@Test
	void aStaffPageAsksAnonymousVisitorsToLogInAndReturnsThereAfterwards(Browser browser) {
		browser.open("/admin/audit");
		assertThat(browser.page()).hasURL(java.util.regex.Pattern.compile(".*/login$"));
		browser.page().getByLabel("Gebruikersnaam").fill("dpo");
		browser.page().getByLabel("Wachtwoord").fill("demo");
		browser.page().locator("main button[type=submit]").click();
		assertThat(browser.page()).hasURL(java.util.regex.Pattern.compile(".*/admin/audit(\\?continue)?$"));
	}

	@Test
	void theAccessibilityCheckReallyFindsViolations(Browser browser) {
		browser.page().setContent("<html><body><img src='x.png'><input type='text'>"
				+ "<p style='color:#bbbbbb;background:#ffffff'>grijs op wit</p></body></html>");
		assertThatThrownBy(browser::assertAccessible).hasMessageContaining("image-alt")
			.hasMessageContaining("label")
			.hasMessageContaining("html-has-lang")
			.hasMessageContaining("color-contrast");
	}

}

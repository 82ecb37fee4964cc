package be.eenloket.organisation;

import java.nio.charset.StandardCharsets;

import be.eenloket.support.Browser;
import be.eenloket.support.BrowserTest;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Staff directory, person pages, cost share and import in Chromium, with axe-core on each page. */
@BrowserTest
class OrganogramReportsBrowserTests {

	@Test
	void secretariatUsesTheDirectoryReportsAndImport(Browser browser) {
		var page = browser.page();
		browser.loginAs("secretariaat");
		browser.open("/organogram");
		page.getByText("Personeelsgids").click();
		page.getByLabel("Zoek een medewerker op naam, e-mail of dienst").fill("Burgerzaken");
		page.locator("main button[type=submit]").click();
		assertThat(page.locator("table")).containsText("Diensthoofd burgerzaken");
		browser.assertAccessible();
		page.locator("table tbody a").first().click();
		assertThat(page.locator("h2").first()).hasText("Toewijzingen vandaag");
		browser.assertAccessible();
		page.getByText("Gegevens wijzigen").click();
		page.getByLabel("E-mailadres op het werk").fill("geen-geldig-adres");
		page.getByText("Opslaan").click();
		assertThat(page.locator(".error-summary")).containsText("Geef een geldig e-mailadres in");
		browser.assertAccessible();

		// a function's title or grade is corrected on its own page
		browser.open("/organogram");
		page.locator("main").getByText("Bibliotheek").first().click();
		page.getByLabel("Functie wijzigen: Bibliothecaris").first().click();
		browser.assertAccessible();
		page.getByLabel("Graad").fill("X1");
		page.locator("main form").first().getByText("Opslaan").click();
		assertThat(page.locator(".error-summary")).containsText("Een graad ziet eruit als");
		browser.assertAccessible();

		browser.open("/organogram/rapporten/kostendeling");
		assertThat(page.locator("table")).containsText("Saldo GEM");
		browser.assertAccessible();

		browser.open("/organogram/import");
		browser.assertAccessible();
		page.getByLabel("CSV-bestand").setInputFiles(new FilePayload("fout.csv", "text/csv",
				("voornaam;achternaam;e-mail;werkgever;eenheid;functie;vte;vanaf\n"
						+ "Zoë;Test;zoe.test@maldegem.example;GEM;NIETS;Medewerker;1;2027-01-01\n").getBytes(StandardCharsets.UTF_8)));
		page.getByText("Bestand controleren").click();
		assertThat(page.locator("table")).containsText("Er is geen eenheid met code NIETS");
		browser.assertAccessible();
	}

}

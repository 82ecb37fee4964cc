package be.eenloket.directory;

import be.eenloket.support.Browser;
import be.eenloket.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The directory editor's forms in Chromium, with errors shown, and axe-core on each. */
@BrowserTest
class DirectoryEditorBrowserTests {

	@Test
	void editorFormsExplainMistakesAndAreAccessible(Browser browser) {
		var page = browser.page();
		browser.loginAs("redactie");
		page.locator("nav.main-nav").getByText("Dienstengids beheren").click();
		assertThat(page.locator("h1")).hasText("Dienstengids beheren");
		browser.assertAccessible();

		page.getByText("Nieuw dienstverleningspunt").click();
		page.getByText("Opslaan").click();
		assertThat(page.locator(".error-summary")).containsText("Geef een naam in.");
		browser.assertAccessible();

		browser.open("/beheer/dienstengids");
		page.locator("main").getByText("Dienst Burgerzaken").first().click();
		browser.assertAccessible();
		page.getByText("Openingsuren wijzigen").click();
		page.getByLabel("Dinsdag").fill("acht tot twaalf");
		page.getByText("Opslaan").click();
		assertThat(page.locator(".error-summary")).containsText("Dit uur kunnen we niet lezen");
		browser.assertAccessible();

		browser.open("/beheer/dienstengids");
		page.getByText("Nieuw product").click();
		page.getByText("Opslaan").click();
		assertThat(page.locator(".error-summary")).containsText("Kies minstens één dienst");
		browser.assertAccessible();

		browser.open("/beheer/dienstengids");
		page.locator("main").getByText("Gemeentehuis").first().click();
		assertThat(page.locator("h1")).containsText("Gemeentehuis");
		browser.assertAccessible();
		page.getByText("Verdieping toevoegen").click();
		page.getByLabel("Niveau").fill("2");
		page.getByLabel("Naam van de verdieping").fill("tweede");
		page.getByText("Opslaan").click();
		assertThat(page.locator(".error-summary")).containsText("Dit gebouw heeft al een verdieping op dit niveau.");
		browser.assertAccessible();
	}

}

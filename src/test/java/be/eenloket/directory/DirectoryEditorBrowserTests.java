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

	@Test
	void theOtherEditorFormsAreAccessibleToo(Browser browser) {
		var page = browser.page();
		browser.loginAs("redactie");
		browser.open("/beheer/dienstengids");
		page.locator("main").getByText("Dienst communicatie").first().click();
		assertThat(page.locator("main")).containsText("Geplande verhuis");
		assertThat(page.locator("main")).containsText("Afwijkende dagen");
		browser.assertAccessible();

		page.getByText("Verhuis plannen").click();
		page.getByLabel("Verhuisdatum").fill("2020-01-01");
		page.getByText("Opslaan").click();
		assertThat(page.locator(".error-summary")).containsText("Een verhuis kan niet in het verleden liggen.");
		browser.assertAccessible();

		browser.open("/beheer/dienstengids");
		page.locator("main").getByText("Dienst communicatie").first().click();
		page.getByText("Afwijkende dag toevoegen").click();
		page.getByText("Opslaan").click();
		assertThat(page.locator(".error-summary")).containsText("Geef de reden in.");
		browser.assertAccessible();

		browser.open("/beheer/dienstengids");
		page.locator("main").getByText("Paspoort aanvragen").first().click();
		assertThat(page.locator("h1")).containsText("Paspoort aanvragen");
		browser.assertAccessible();

		browser.open("/beheer/dienstengids/gebouwen/nieuw");
		page.getByText("Opslaan").click();
		assertThat(page.locator(".error-summary")).containsText("Geef de straat in.");
		browser.assertAccessible();

		browser.open("/beheer/dienstengids");
		page.locator("main").getByText("Gemeentehuis").first().click();
		page.getByLabel("Lokaal toevoegen op gelijkvloers").click();
		page.getByText("Opslaan").click();
		assertThat(page.locator(".error-summary")).containsText("Geef een naam in.");
		browser.assertAccessible();

		// a floor in use cannot be removed: the editor is told which desks use it
		browser.open("/beheer/dienstengids");
		page.locator("main").getByText("Gemeentehuis").first().click();
		page.getByLabel("Verdieping 3de verdieping wijzigen").click();
		assertThat(page.locator("h1")).containsText("Verdieping wijzigen");
		browser.assertAccessible();
		page.getByText("Verdieping verwijderen").click();
		assertThat(page.locator(".error-summary")).containsText("Stafmedewerker erfgoed");
		browser.assertAccessible();
	}

}

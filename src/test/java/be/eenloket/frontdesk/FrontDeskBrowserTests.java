package be.eenloket.frontdesk;

import be.eenloket.support.Browser;
import be.eenloket.support.BrowserTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Reception at work in Chromium, with axe-core on every page of the console. */
@BrowserTest
class FrontDeskBrowserTests {

	@Test
	void receptionFindsLeefloonRegistersTheRequestPrintsTheReceiptAndTheSocialServiceSeesIt(Browser browser) throws Exception {
		var page = browser.page();
		browser.loginAs("onthaal");
		browser.open("/onthaal");
		// the search field has focus on load (the browser applies autofocus just after the page loaded: wait for it,
		// or the first letter may land on the page), and typing goes straight into it
		assertThat(page.locator("#q")).isFocused();
		page.keyboard().type("leefloon");
		page.keyboard().press("Enter");
		assertThat(page.locator("#services-heading")).containsText("leefloon");
		assertThat(page.locator(".console-results")).containsText("Sociale dienst (Sociaal Huis)");
		assertThat(page.locator(".console-results")).containsText("OCMW-administratief gebouw");
		browser.assertAccessible();
		// the visitor is sent to the social service: one click logs it
		page.locator(".contact-buttons").first().getByText("Balie").click();
		assertThat(page.locator(".notification-success")).containsText("Het contact is geregistreerd.");

		page.locator(".sub-nav").getByText("Hulpvragen OCMW").click();
		page.getByText("Hulpvraag registreren").first().click();
		browser.assertAccessible();
		// a mistake first: the form explains it and keeps what was typed
		page.getByLabel("Voornaam").fill("Sofie");
		page.getByLabel("Achternaam").fill("Verbeke");
		page.getByLabel("Rijksregisternummer").fill("85.07.30-033.29");
		page.locator("main button[type=submit]").click();
		assertThat(page.locator(".error-summary")).containsText("Dit rijksregisternummer klopt niet.");
		assertThat(page.locator(".error-summary")).containsText("Kies waarvoor de persoon hulp vraagt.");
		browser.assertAccessible();
		page.getByLabel("Rijksregisternummer").fill("85.07.30-033.28");
		page.getByLabel("Leefloon").check();
		page.getByLabel("De vraag in eigen woorden").fill("Geen inkomen sinds vorige maand.");
		page.locator("main button[type=submit]").click();

		assertThat(page.locator("h1")).containsText("Hulpvraag ");
		browser.assertAccessible();
		var number = page.locator("h1").textContent().replace("Hulpvraag ", "").strip();
		var receiptUrl = page.getByText("Ontvangstbewijs afdrukken (PDF)").getAttribute("href");
		var receipt = page.request().get(browser.baseUrl() + receiptUrl);
		assertThat(receipt.headers().get("content-type")).isEqualTo("application/pdf");
		try (var document = Loader.loadPDF(receipt.body())) {
			var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Registernummer " + number).contains("Sofie Verbeke").contains("Leefloon")
				.contains("Het OCMW beslist binnen 30 dagen");
		}
		// reception never sees the social service's side
		var forbidden = browser.open("/sociale-dienst/intake");
		assertThat(forbidden.status()).isEqualTo(403);

		page.locator("form[action='/logout'] button").click();
		browser.loginAs("maatschappelijkwerker");
		// the inbox lists the most urgent first: the new request is on the page of its deadline
		for (var inboxPage = 1; inboxPage <= 40; inboxPage++) {
			browser.open("/sociale-dienst/intake?pagina=" + inboxPage);
			if (page.locator("main").textContent().contains(number)) {
				break;
			}
		}
		assertThat(page.locator("main")).containsText(number);
		browser.assertAccessible();
	}

	@Test
	void everyConsolePageIsAccessible(Browser browser) {
		var page = browser.page();
		browser.loginAs("onthaal");
		browser.open("/onthaal?q=secretariaat");
		browser.assertAccessible();
		browser.open("/onthaal/nu");
		assertThat(page.locator("h1")).hasText("Nu open");
		browser.assertAccessible();
		browser.open("/onthaal/contacten/nieuw");
		page.locator("main button[type=submit]").click();
		assertThat(page.locator(".error-summary")).containsText("Kies een taak of een dienst");
		browser.assertAccessible();
		page.getByLabel("Vraag of taak").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Paspoort aanvragen"));
		page.locator("main button[type=submit]").click();
		assertThat(page.locator(".notification-success")).containsText("Het contact is geregistreerd.");
		browser.open("/onthaal/contacten");
		assertThat(page.locator("svg.bar-chart").first()).isVisible();
		browser.assertAccessible();
		browser.open("/onthaal/hulpvragen");
		browser.assertAccessible();
		browser.open("/onthaal/post/nieuw");
		page.locator("main button[type=submit]").click();
		assertThat(page.locator(".error-summary")).containsText("Vul de afzender in.");
		browser.assertAccessible();
		page.getByLabel("Gericht aan").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("OCMW Maldegem"));
		page.getByLabel("Afzender").fill("Huisvestingsmaatschappij");
		page.getByLabel("Onderwerp").fill("Vraag naar huurachterstal");
		page.getByLabel("Bestemd voor dienst").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Sociale dienst"));
		page.locator("main button[type=submit]").click();
		assertThat(page.locator(".notification-success")).containsText("Geregistreerd onder nummer OCMW-");
		browser.open("/onthaal/post");
		assertThat(page.locator("main")).containsText("Vraag naar huurachterstal");
		browser.assertAccessible();
		page.locator("main table a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Sociale dienst")).first().click();
		assertThat(page.locator("h1")).containsText("Post voor");
		browser.assertAccessible();
		// the head of the social service lands on the social service's own mail and takes the letter over
		browser.loginAs("hoofdsocialedienst");
		browser.open("/post");
		assertThat(page.locator("h1")).hasText("Post voor Sociale dienst");
		page.locator("main tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Vraag naar huurachterstal"))
			.locator("button").click();
		assertThat(page.locator(".notification-success")).containsText("is overgenomen");
		assertThat(page.locator("main")).not().containsText("Vraag naar huurachterstal");
		browser.assertAccessible();
	}

}

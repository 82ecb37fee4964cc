package be.eenloket.purchasing;

import java.time.LocalDate;

import be.eenloket.support.Browser;
import be.eenloket.support.BrowserTest;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A purchase from request to invoice in Chromium, each role in turn, with axe-core on every page. */
@BrowserTest
class PurchasingBrowserTests {

	static void logout(Page page) {
		page.locator("form[action='/logout'] button").click();
	}

	static void submit(Page page) {
		page.locator("main button[type=submit]").click();
	}

	@Test
	void requestProcedureVisumApprovalOrderPdfDeliveryAndInvoice(Browser browser) throws Exception {
		var page = browser.page();
		browser.loginAs("diensthoofd");
		browser.open("/aankoop/aanvragen");
		browser.assertAccessible();
		page.getByText("Nieuwe aanvraag").click();
		browser.assertAccessible();
		// a mistake first: the form explains it and nothing is saved
		submit(page);
		assertThat(page.locator(".error-summary")).containsText("Geef aan wat u wilt aankopen.");
		browser.assertAccessible();

		var desired = LocalDate.now().plusDays(20);
		page.getByLabel("Wat wilt u aankopen?").fill("Scanners voor de loketten");
		page.getByLabel("Categorie (CPV-afdeling)").selectOption("30");
		page.getByLabel("Geraamde waarde zonder btw").fill("12000");
		page.getByLabel("Gewenste datum").fill(desired.toString());
		page.getByLabel("Motivering").fill("De oude scanners lezen de nieuwe identiteitskaarten niet.");
		var code = page.locator("[id='shares0.budgetCodeId'] option")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("GEM " + desired.getYear() + " · 2420000"))
			.first().getAttribute("value");
		page.locator("[id='shares0.budgetCodeId']").selectOption(code);
		submit(page);
		assertThat(page.locator("h1")).containsText("Aanvraag AV-");
		assertThat(page.locator("main")).containsText("Ingediend");
		assertThat(page.locator("main")).containsText("Opdracht van beperkte waarde");
		assertThat(page.locator("main")).containsText("onder de grens van € 30.000,00");
		browser.assertAccessible();
		var url = page.url();

		logout(page);
		browser.loginAs("aankoper");
		page.navigate(url);
		page.getByText("Procedure bevestigen").first().click();
		browser.assertAccessible();
		submit(page);
		assertThat(page.locator("main")).containsText("Wacht op visum");

		logout(page);
		browser.loginAs("financieeldirecteur");
		page.navigate(url);
		page.getByText("Visum geven").first().click();
		browser.assertAccessible();
		page.getByLabel("Visum geven").check();
		submit(page);
		assertThat(page.locator("main")).containsText("Wacht op goedkeuring");
		assertThat(page.locator("main")).containsText("Bevoegd: Algemeen directeur");

		logout(page);
		browser.loginAs("algemeendirecteur");
		page.navigate(url);
		page.locator(".action-list").getByText("Goedkeuren").click();
		browser.assertAccessible();
		submit(page);
		assertThat(page.locator("main")).containsText("Goedgekeurd");

		logout(page);
		browser.loginAs("aankoper");
		page.navigate(url);
		page.locator(".action-list").getByText("Bestellen").click();
		browser.assertAccessible();
		page.getByLabel("Leverancier").selectOption(new com.microsoft.playwright.options.SelectOption()
			.setLabel("Kantoorpunt Meetjesland BV (0445.678.970)"));
		page.getByLabel("Leveradres").selectOption(new com.microsoft.playwright.options.SelectOption()
			.setIndex(1));
		page.locator("[id='lines0.description']").fill("Documentscanner A4");
		page.locator("[id='lines0.quantity']").fill("6");
		page.locator("[id='lines0.unitPrice']").fill("1900");
		submit(page);
		assertThat(page.locator("main")).containsText("Besteld");
		browser.assertAccessible();
		var orderNumber = page.locator("main h2").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText("Bestelling")).textContent().replace("Bestelling", "").strip();
		assertThat(orderNumber).startsWith("GEM-BB-");
		var pdfUrl = page.getByText("Bestelbon (PDF)").getAttribute("href");
		var pdf = page.request().get(browser.baseUrl() + pdfUrl);
		assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
		be.eenloket.support.PdfChecks.assertTaggedWithEmbeddedFonts(pdf.body());
		try (var document = Loader.loadPDF(pdf.body())) {
			var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Bestelbon").contains("Nummer " + orderNumber).contains("Kantoorpunt Meetjesland BV")
				.contains("Documentscanner A4").contains("€ 11.400,00").contains("Gemeente Maldegem, Marktplein 1");
		}

		page.getByText("Levering registreren").first().click();
		browser.assertAccessible();
		page.getByLabel("Ontvangen van Documentscanner A4 (besteld: 6)").fill("6");
		submit(page);
		assertThat(page.locator("main")).containsText("Geleverd");

		page.getByText("Factuur registreren").first().click();
		browser.assertAccessible();
		page.getByLabel("Factuurnummer van de leverancier").fill("KP-2026-1234");
		page.getByLabel("Bedrag zonder btw").fill("11400");
		submit(page);
		assertThat(page.locator("main")).containsText("Gefactureerd");
		assertThat(page.locator("main")).containsText("Besteld, ontvangen en gefactureerd komen overeen");
		browser.assertAccessible();
	}

	@Test
	void thePurchasersPagesAreAccessible(Browser browser) {
		var page = browser.page();
		browser.loginAs("aankoper");
		for (var path : new String[] { "/aankoop", "/aankoop/contracten", "/aankoop/leveranciers", "/aankoop/leveranciers/nieuw",
				"/aankoop/budgetcodes", "/aankoop/budgetcodes/import", "/aankoop/drempels", "/aankoop/delegaties",
				"/aankoop/visumvrijstellingen", "/aankoop/rapporten/uitgaven", "/aankoop/contracten/nieuw" }) {
			browser.open(path);
			browser.assertAccessible();
		}
		browser.open("/aankoop");
		assertThat(page.locator("main")).containsText("Onderhoud lift Gemeentehuis");
		page.getByText("Onderhoud lift Gemeentehuis").first().click();
		assertThat(page.locator("main")).containsText("Uiterste opzegdatum");
		browser.assertAccessible();
		// a flagged request and a supplier with a wrong IBAN
		browser.open("/aankoop/aanvragen");
		page.locator("tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Bureaustoelen"))
			.locator("a").first().click();
		assertThat(page.locator("main")).containsText("Mogelijke opsplitsing");
		browser.assertAccessible();
		browser.open("/aankoop/leveranciers/nieuw");
		page.getByLabel("Naam").fill("Test BV");
		page.getByLabel("Ondernemingsnummer (KBO)").fill("0412.345.615");
		page.getByLabel("IBAN").fill("BE68 5390 0754 7035");
		page.getByLabel("Straat").fill("Markt");
		page.getByLabel("Huisnummer").fill("1");
		page.getByLabel("Postcode").fill("9990");
		page.getByLabel("Gemeente").fill("Maldegem");
		submit(page);
		assertThat(page.locator(".error-summary")).containsText("Dit ondernemingsnummer klopt niet");
		browser.assertAccessible();
	}

}

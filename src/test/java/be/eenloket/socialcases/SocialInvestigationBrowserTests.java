package be.eenloket.socialcases;

import java.time.Clock;
import java.time.LocalDate;

import be.eenloket.support.Browser;
import be.eenloket.support.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The social investigation in Chromium, with axe-core: a worker records a home visit, uploads a scan through the real
 * server (multipart, CSRF), sees a refused upload explained by the field, and a body far over 10 MB brings them back
 * to the file with the same kind of message instead of an error page.
 */
@BrowserTest
class SocialInvestigationBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aWorkerRecordsAVisitAndUploadsAScanAndAnOversizedUploadIsExplained(Browser browser) throws Exception {
		var fileId = jdbc.sql("""
				select m.case_file_id from sc_household_member m
				where m.first_name = 'Sofie' and m.last_name = 'Peeters' and m.relation = 'APPLICANT'""")
			.query(Long.class).single();
		var page = browser.page();
		browser.loginAs("maatschappelijkwerker");
		browser.open("/sociale-dienst/dossiers/" + fileId);
		// the demo investigation: visits, the scanned contract and the worker's own confidential note
		assertThat(page.locator("main")).containsText("Huisbezoek: het appartement is bewoonbaar");
		assertThat(page.locator("main")).containsText("Huurcontract (scan, demo) (downloaden)");
		assertThat(page.locator("main")).containsText("doorverwijzing naar het CAW");
		browser.assertAccessible();

		page.getByLabel("Huisbezoek", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Datum van het bezoek of gesprek").fill(LocalDate.now(clock).plusDays(2).toString());
		page.getByLabel("Vaststellingen").fill("Tweede huisbezoek: de kinderen hebben een eigen kamer.");
		button(page, "Bezoek of gesprek bewaren").click();
		assertThat(page.locator(".error-summary")).containsText("De datum ligt in de toekomst");
		browser.assertAccessible();
		page.getByLabel("Datum van het bezoek of gesprek").fill(LocalDate.now(clock).toString());
		button(page, "Bezoek of gesprek bewaren").click();
		assertThat(page.locator(".notification-success")).containsText("Het huisbezoek of gesprek is genoteerd");
		assertThat(page.locator("main")).containsText("de kinderen hebben een eigen kamer");

		page.getByLabel("Omschrijving").fill("Leeg bestand");
		page.getByLabel("Bestand").setInputFiles(new FilePayload("leeg.pdf", "application/pdf", new byte[0]));
		button(page, "Document bewaren").click();
		assertThat(page.locator(".error-summary")).containsText("Het gekozen bestand is leeg");
		assertThat(page.locator("#document-error")).containsText("Het gekozen bestand is leeg");
		browser.assertAccessible();

		page.getByLabel("Omschrijving").fill("Attest mutualiteit");
		page.getByLabel("Bestand").setInputFiles(new FilePayload("attest.png", "image/png",
				SocialInvestigationTests.image("png")));
		button(page, "Document bewaren").click();
		assertThat(page.locator(".notification-success")).containsText("Het document is bewaard");
		var link = page.getByText("Attest mutualiteit (downloaden)");
		var download = page.request().get(browser.baseUrl() + link.getAttribute("href"));
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.headers().get("content-type")).isEqualTo("image/png");
		assertThat(download.headers().get("content-disposition")).isEqualTo("attachment; filename=\"attest.png\"");
		assertThat(download.body()).isEqualTo(SocialInvestigationTests.image("png"));
		browser.assertAccessible();

		// far over the server's limit: the body is not even read, and the worker is told why by the field
		var huge = new byte[13 * 1024 * 1024];
		System.arraycopy(SocialInvestigationTests.pdf(), 0, huge, 0, 8);
		page.getByLabel("Omschrijving").fill("Een te grote scan");
		page.getByLabel("Bestand").setInputFiles(new FilePayload("groot.pdf", "application/pdf", huge));
		button(page, "Document bewaren").click();
		assertThat(page.locator("h1")).containsText("Dossier SD-");
		assertThat(page.locator(".error-summary")).containsText("groter dan 10 MB");
		assertThat(page.locator("#document-error")).containsText("groter dan 10 MB");
		browser.assertAccessible();
		assertThat(jdbc.sql("select count(*) from sc_document where case_file_id = ?").param(fileId).query(Long.class)
			.single()).isEqualTo(2);
	}

	private static com.microsoft.playwright.Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}

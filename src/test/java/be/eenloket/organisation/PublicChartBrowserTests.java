package be.eenloket.organisation;

import java.nio.file.Path;

import be.eenloket.support.Browser;
import be.eenloket.support.BrowserTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The chart pages in Chromium: axe-core checks the inline SVG and its text alternative too. */
@BrowserTest
class PublicChartBrowserTests {

	@Test
	void citizensSeeTheOrganisationChartAndItIsAccessible(Browser browser) {
		browser.open("/");
		browser.page().locator("nav.main-nav").getByText("Organisatie").click();
		assertThat(browser.page().locator("h1")).hasText("Hoe onze organisatie in elkaar zit");
		assertThat(browser.page().locator("img.chart-image")).isVisible();
		// the drawing loads as an image, fits the screen and opens on the top of the tree, not on empty space
		assertThat(browser.page().locator("main svg")).hasCount(0);
		var loaded = browser.page().waitForFunction("() => document.querySelector('img.chart-image').naturalWidth > 0");
		org.assertj.core.api.Assertions.assertThat(loaded).isNotNull();
		browser.page().setViewportSize(320, 700);
		var width = ((Number) browser.page().evaluate("document.documentElement.scrollWidth")).intValue();
		org.assertj.core.api.Assertions.assertThat(width).isLessThanOrEqualTo(320);
		browser.page().setViewportSize(1280, 800);
		browser.assertAccessible();
		browser.page().screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "browser-screenshots", "organisatie.png")));
	}

	@Test
	void staffChartPageIsAccessible(Browser browser) {
		browser.loginAs("secretariaat");
		browser.open("/organogram");
		browser.page().getByText("Organogram als tekening (SVG en PDF)").click();
		assertThat(browser.page().locator("svg[role=img]")).isVisible();
		browser.assertAccessible();
	}

}

package be.eenloket.shared;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.eenloket.identity.AccessPolicy;
import be.eenloket.identity.MappedEndpoints;
import be.eenloket.identity.Role;
import be.eenloket.support.Browser;
import be.eenloket.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What people ran into on a phone, at the keyboard and in English (issue 14): every page fits a 320 CSS px screen
 * without scrolling sideways (WCAG 1.4.10), the error summary lists errors in the order of the form and takes the
 * focus with "Fout: " in the title, and the language switch keeps the page and its query.
 */
@BrowserTest
class PhoneAndFormsBrowserTests {

	/** Staff accounts whose pages are checked, each with pages that show data (results of a search and such). */
	static final Map<String, List<String>> ACCOUNTS = Map.of("onthaal",
			List.of("/onthaal?q=burgerzaken", "/onthaal?q=paspoort", "/onthaal?q=peeters"), "secretariaat",
			List.of("/organogram/eenheden/1"), "redactie", List.of(), "admin", List.of(), "maatschappelijkwerker",
			List.of(), "algemeendirecteur", List.of(), "dpo", List.of(), "aankoper", List.of(), "hoofdsocialedienst", List.of(), "bcsd",
			List.of());

	/** Public pages with data in their path: one of each kind, from the demo directory. */
	static final List<String> PUBLIC_PAGES_WITH_DATA = List.of("/diensten/burgerzaken", "/diensten/onthaal",
			"/diensten/sociale-dienst", "/diensten/infrastructuur", "/producten/paspoort", "/zoeken?q=paspoort",
			"/zoeken?q=trouwzaal");

	@Autowired
	MappedEndpoints endpoints;

	@Autowired
	AccessPolicy policy;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyPageFitsAPhoneOf320PixelsWithoutScrollingSideways(Browser browser) {
		var page = browser.page();
		page.setViewportSize(320, 700);
		var tooWide = new ArrayList<String>();
		var publicPages = new LinkedHashSet<>(pagesWithoutParameters(Set.of()));
		publicPages.addAll(PUBLIC_PAGES_WITH_DATA);
		checkWidth(browser, publicPages, "anonymous", tooWide);
		for (var account : ACCOUNTS.keySet()) {
			browser.page().context().clearCookies();
			browser.loginAs(account);
			// only the staff pages this account may open: the others answer 403 or the login page, and the public
			// pages were checked above (the signed-in header is checked on every account's own pages)
			var pages = new ArrayList<>(pagesWithoutParameters(rolesOf(account)));
			pages.removeAll(publicPages);
			pages.addAll(ACCOUNTS.get(account));
			checkWidth(browser, pages, account, tooWide);
		}
		assertThat(tooWide).as("pages wider than a 320 px screen (WCAG 1.4.10 reflow)").isEmpty();
	}

	private Set<Role> rolesOf(String username) {
		return jdbc.sql("select r.role from account_role r join account a on a.id = r.account_id where a.username = ?")
			.param(username)
			.query(String.class)
			.list()
			.stream()
			.map(Role::valueOf)
			.collect(java.util.stream.Collectors.toSet());
	}

	private List<String> pagesWithoutParameters(Set<Role> roles) {
		return endpoints.endpoints()
			.stream()
			.filter(endpoint -> endpoint.methods().isEmpty() || endpoint.methods().contains(HttpMethod.GET))
			.map(MappedEndpoints.Endpoint::pattern)
			.filter(pattern -> !pattern.contains("{") && !pattern.contains("*") && !pattern.startsWith("/actuator")
					&& !pattern.startsWith("/assets") && !pattern.endsWith(".pdf") && !pattern.endsWith(".json")
					&& !pattern.endsWith(".csv") && !pattern.endsWith(".svg") && !pattern.endsWith(".png")
					&& !pattern.contains("/open-data") && !pattern.equals("/error") && !pattern.equals("/logout"))
			.filter(pattern -> policy.allows(HttpMethod.GET, pattern, roles))
			.distinct()
			.sorted()
			.toList();
	}

	private static void checkWidth(Browser browser, Iterable<String> paths, String who, List<String> tooWide) {
		for (var path : paths) {
			var response = browser.open(path);
			var contentType = response == null ? null : response.headers().get("content-type");
			if (response == null || response.status() != 200 || contentType == null
					|| !contentType.startsWith("text/html")) {
				continue;
			}
			var width = ((Number) browser.page().evaluate("document.documentElement.scrollWidth")).intValue();
			if (width > 320) {
				var culprit = browser.page().evaluate("""
						() => [...document.querySelectorAll('main *')]
						  .filter(e => e.getBoundingClientRect().right > 321)
						  .filter(e => !e.closest('.table-wrapper') || e.classList.contains('table-wrapper'))
						  .slice(-1)
						  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.')
						      + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')
						  .join()""");
				tooWide.add(who + " " + path + " is " + width + " px wide (" + culprit + ")");
			}
		}
	}

	@Test
	void theErrorSummaryListsErrorsInFormOrderTakesTheFocusAndMarksTheTitle(Browser browser) {
		browser.loginAs("admin");
		List<String> first = null;
		for (var attempt = 0; attempt < 3; attempt++) {
			browser.open("/admin/accounts/new");
			browser.page().locator("main form button[type=submit]").last().click();
			var page = browser.page();
			assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Fout: .*"));
			assertThat(page.locator(".error-summary")).isFocused();
			@SuppressWarnings("unchecked")
			var order = (List<Object>) page.evaluate("""
					() => [...document.querySelectorAll('.error-summary-list a')]
					  .map(a => a.getAttribute('href').substring(1))
					  .filter(id => document.getElementById(id))
					  .map(id => [...document.querySelectorAll('main [id]')].indexOf(document.getElementById(id)))""");
			var positions = order.stream().map(o -> ((Number) o).intValue()).toList();
			assertThat(positions).as("error summary links in the order of the form's fields").isSorted();
			assertThat(positions).hasSizeGreaterThanOrEqualTo(2);
			if (first == null) {
				first = page.locator(".error-summary-list a").allTextContents();
			}
			else {
				assertThat(page.locator(".error-summary-list a").allTextContents()).isEqualTo(first);
			}
		}
		browser.assertAccessible();
	}

	@Test
	void theLanguageSwitchKeepsThePageAndItsQuery(Browser browser) {
		browser.open("/zoeken?q=paspoort");
		var english = browser.page().locator("a.language-switch");
		assertThat(english).hasAttribute("href", "/zoeken?q=paspoort&lang=en");
		english.click();
		assertThat(browser.page().locator("html")).hasAttribute("lang", "en");
		assertThat(browser.page()).hasURL(java.util.regex.Pattern.compile(".*/zoeken\\?q=paspoort&lang=en$"));
		assertThat(browser.page().locator("a.language-switch")).hasAttribute("href", "/zoeken?q=paspoort&lang=nl");
		browser.page().locator("a.language-switch").click();
		assertThat(browser.page().locator("html")).hasAttribute("lang", "nl");
	}

	@Test
	void everyPublicPageDescribesItselfForSearchEngines(Browser browser) {
		for (var path : List.of("/", "/gebouwen", "/diensten/burgerzaken", "/producten/paspoort")) {
			browser.open(path);
			var description = browser.page().locator("meta[name=description]").getAttribute("content");
			assertThat(description).as(path).isNotBlank().hasSizeLessThan(170);
		}
		browser.open("/producten/paspoort");
		assertThat(browser.page().locator("meta[name=description]").getAttribute("content")).startsWith("Paspoort");
	}

	@Test
	void staffLandOnTheirWorkspaceWithWhatWaitsForThemFirst(Browser browser) {
		browser.loginAs("maatschappelijkwerker");
		var page = browser.page();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/werkplek$"));
		assertThat(page.locator("h1")).hasText("Mijn werkplek");
		assertThat(page.locator(".card").first()).containsText("Sociale dienst");
		assertThat(page.locator(".card").first()).containsText("wacht");
		assertThat(page.locator("main")).not().containsText("Accounts");
		browser.assertAccessible();
		page.context().clearCookies();
		browser.loginAs("algemeendirecteur");
		// what waits for the algemeen directeur comes before the places without work: drafts and purchase approvals
		assertThat(page.locator(".card-work", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Herstructureringen"))).hasCount(1);
		assertThat(page.locator(".card").first()).hasClass(java.util.regex.Pattern.compile(".*card-work.*"));
		assertThat(page.locator("main")).not().containsText("Sociale dienst");
		assertThat(page.locator("main")).containsText("Goedkeuring aankopen");
		browser.assertAccessible();
		// the new modules bring their own places: purchasing with what waits for the purchaser, the social files
		page.context().clearCookies();
		browser.loginAs("aankoper");
		assertThat(page.locator(".card-work").first()).containsText("Aankoop");
		assertThat(page.locator(".card-work").first()).containsText("wacht");
		page.context().clearCookies();
		browser.loginAs("hoofdsocialedienst");
		assertThat(page.locator("main")).containsText("Dossiers");
		assertThat(page.locator("main")).containsText("Termijnen");
		assertThat(page.locator("main")).not().containsText("Aankoop");
		browser.assertAccessible();
		page.context().clearCookies();
		browser.loginAs("dpo");
		assertThat(page.locator("main")).containsText("Inzage dossiers");
		assertThat(page.locator("main")).not().containsText("Dossiers sociale dienst");
	}

	@Test
	void theAccessibilityStatementFollowsTheFlemishModelWithItsKnownIssuesAndAContact(Browser browser) {
		browser.open("/toegankelijkheid");
		var main = browser.page().locator("main");
		assertThat(main).containsText("gedeeltelijk conform");
		assertThat(main).containsText("Niet-toegankelijke inhoud");
		assertThat(main).containsText("vóór 30 juni 2027");
		assertThat(main).containsText("Handhavingsprocedure");
		assertThat(main).containsText("Laatste controle:");
		assertThat(browser.page().locator("main a[href^='mailto:']")).hasText("toegankelijkheid@maldegem.example");
		assertThat(main).not().containsText("geen onderdelen die niet toegankelijk zijn");
		browser.assertAccessible();
	}

}

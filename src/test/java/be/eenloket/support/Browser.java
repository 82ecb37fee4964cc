package be.eenloket.support;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** One test's browser tab on the application, with the steps every journey needs. */
public class Browser {

	/** The axe-core rule tags checked: WCAG 2.0 and 2.1, levels A and AA, and axe's own best practices. */
	static final List<String> RULES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

	private final BrowserContext context;

	private final Page page;

	private final String baseUrl;

	Browser(BrowserContext context, String baseUrl) {
		this.context = context;
		this.page = context.newPage();
		this.baseUrl = baseUrl;
	}

	public Page page() {
		return page;
	}

	public String baseUrl() {
		return baseUrl;
	}

	/** Opens a path of the application and returns the response. */
	public Response open(String path) {
		return page.navigate(baseUrl + path);
	}

	/** Logs in through the login form as a demo account (password {@code demo}). */
	public Browser loginAs(String username) {
		open("/login");
		page.getByLabel("Gebruikersnaam").fill(username);
		page.getByLabel("Wachtwoord").fill("demo");
		page.locator("main button[type=submit]").click();
		page.waitForLoadState();
		assertThat(page.locator(".signed-in").textContent()).contains(username);
		return this;
	}

	/**
	 * Runs axe-core on the current page and fails with a readable list of every WCAG 2.1 A/AA violation and every
	 * breach of axe's best practices. axe runs in the page itself ("legacy mode": the portal has no frames to look
	 * into) and reports only violations: the default also opened a blank page to assemble the results of every frame
	 * and sent every passed check back to Java, which took 2–3 s a page instead of 0.3–1.2 s.
	 * {@code FoundationBrowserTests} proves this configuration still finds violations.
	 */
	public Browser assertAccessible() {
		// the run options replace what withTags would set, so the tags go into them
		var only = new AxeRunOnlyOptions();
		only.setType("tag");
		only.setValues(RULES);
		var options = new AxeRunOptions();
		options.setRunOnly(only);
		options.setResultTypes(List.of("violations"));
		var results = new AxeBuilder(page).options(options).setLegacyMode(true).analyze();
		assertThat(results.getViolations()).as(() -> "axe-core violations on " + page.url() + ":\n"
				+ describe(results.getViolations())).isEmpty();
		return this;
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining("\n    ")))
			.collect(Collectors.joining("\n"));
	}

	void close() {
		context.close();
	}

}

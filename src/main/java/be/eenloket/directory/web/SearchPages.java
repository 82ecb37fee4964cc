package be.eenloket.directory.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import be.eenloket.directory.internal.DirectoryData;
import be.eenloket.directory.web.PublicDirectoryController.Result;
import be.eenloket.identity.Visitors;
import be.eenloket.shared.ViewParts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Builds the search page from parts rendered once per data version and language (the shells) or per data version,
 * language and minute (the results), so that a question nobody
 * asked before costs a search in the index and some string joining, not a Thymeleaf render of twenty result cards.
 * <p>
 * The parts are real Thymeleaf renders of the templates: the <em>shell</em> is {@code directory/search} rendered
 * with placeholders instead of the question, the heading and the result list (one shell per kind of page: no
 * question, nothing found, results), and each result is {@code directory/search-result :: result} rendered on its
 * own. The shell is split at the placeholders once, so what a visitor typed is never searched for placeholders: it
 * is HTML-escaped (and URL-encoded for the language switch link) and put in its slots. A result shows the same for
 * every question that finds it (its task, its service points and whether they are open this minute), so its HTML is
 * kept under its key until the data version or the minute changes.
 * <p>
 * The controller renders whatever part is missing. Shells are kept only when rendered for a citizen (the security chain
 * marked the request anonymous, {@link Visitors}): a signed-in user's page has their menu, name and form token, so it
 * gets a shell of its own, rendered for that request and never kept. {@link PublicPageCache} assembles a page for an anonymous visitor
 * before the security chain: it renders a missing result itself (a result needs nothing of the visitor but the
 * language), and lets the request go to the controller when the shell of the data version is missing (the shell holds the
 * layout, which is rendered inside the security chain like every page).
 */
@Component
class SearchPages {

	static final String SEARCH = PublicDirectoryController.SEARCH;

	static final String RESULT = "directory/search-result :: result";

	/** Placeholders: letters and digits only, so that HTML escaping and URL encoding leave them as they are. */
	static final String QUERY_SLOT = "zq7slot4q";

	static final String QUERY_URL_SLOT = "zu7slot4u";

	static final String HEADING_SLOT = "zh7slot4h";

	static final String RESULTS_SLOT = "zr7slot4r";

	/** Results kept per generation: the large directory has about 25,000; beyond this they are rendered each time. */
	static final int MAX_RESULTS_KEPT = 30_000;

	enum Variant {
		EMPTY, NONE, RESULTS
	}

	/**
	 * The parts of one data version and minute: the shells (which hold nothing that changes with the minute) are
	 * handed on to the next minute's generation of the same version; the results (which say what is open now) are not.
	 */
	private record Generation(long version, long minute, Map<String, Shell> shells, Map<String, String> results) {

		Generation next(long version, long minute) {
			return new Generation(version, minute, version == version() ? shells : new ConcurrentHashMap<>(),
					new ConcurrentHashMap<>());
		}

	}

	private final ViewParts views;

	private final MessageSource messages;

	private final LocaleResolver localeResolver;

	private final AtomicReference<Generation> current = new AtomicReference<>(
			new Generation(-1, -1, new ConcurrentHashMap<>(), new ConcurrentHashMap<>()));

	SearchPages(ViewParts views, MessageSource messages, LocaleResolver localeResolver) {
		this.views = views;
		this.messages = messages;
		this.localeResolver = localeResolver;
	}

	/** The page for a question, rendering the parts that are missing (called by the controller, inside Spring MVC). */
	String render(DirectoryData data, String query, List<Result> results, long minute, Locale locale,
			HttpServletRequest request, HttpServletResponse response) throws Exception {
		return page(data, query, results, minute, locale, request, response, true).orElseThrow();
	}

	/**
	 * The page for a question before the security chain and Spring MVC ran: empty when the shell of this data version
	 * is not rendered yet (only the controller renders shells: they hold the layout, which needs the whole chain). Missing
	 * results are rendered here; they need nothing of the visitor but the language.
	 */
	Optional<String> assemble(DirectoryData data, String query, List<Result> results, long minute, Locale locale,
			HttpServletRequest request, HttpServletResponse response) throws Exception {
		var previousLocale = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(locale);
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, localeResolver);
		try {
			return page(data, query, results, minute, locale, request, response, false);
		}
		finally {
			LocaleContextHolder.setLocaleContext(previousLocale);
		}
	}

	private Optional<String> page(DirectoryData data, String query, List<Result> results, long minute, Locale locale,
			HttpServletRequest request, HttpServletResponse response, boolean mayRenderShell) throws Exception {
		var generation = generation(data.version(), minute);
		var language = language(locale);
		var shellKey = language + variant(query, results);
		// a shell holds the layout: the citizens' one is shared, a signed-in user's (menu, name, form token) is their own
		var citizen = !mayRenderShell || Visitors.servedAnonymously(request);
		var shell = citizen ? generation.shells().get(shellKey) : null;
		if (shell == null) {
			if (!mayRenderShell) {
				return Optional.empty();
			}
			shell = Shell.of(views.render(SEARCH, shellModel(data, variant(query, results)), locale, request, response));
			if (citizen) {
				generation.shells().putIfAbsent(shellKey, shell);
			}
		}
		var list = new StringBuilder(results.size() * 1024);
		for (var result : results) {
			var key = language + SearchResults.key(result);
			var html = generation.results().get(key);
			if (html == null) {
				html = views.render(RESULT, Map.of("result", result), locale, request, response);
				if (generation.results().size() < MAX_RESULTS_KEPT) {
					generation.results().putIfAbsent(key, html);
				}
			}
			list.append(html);
		}
		return Optional.of(shell.fill(query, heading(results.size(), query, locale), list));
	}

	private Generation generation(long version, long minute) {
		return current.updateAndGet(generation -> generation.version() == version && generation.minute() == minute
				? generation : generation.next(version, minute));
	}

	private static Variant variant(String query, List<Result> results) {
		return query.isEmpty() ? Variant.EMPTY : results.isEmpty() ? Variant.NONE : Variant.RESULTS;
	}

	private static String language(Locale locale) {
		return "en".equals(locale.getLanguage()) ? "en" : "nl";
	}

	private String heading(int count, String query, Locale locale) {
		return count == 0 ? "" : messages.getMessage("search.results", new Object[] { count, query }, locale);
	}

	private static Map<String, Object> shellModel(DirectoryData data, Variant variant) {
		var model = new HashMap<String, Object>();
		model.put("variant", variant.name());
		model.put("query", variant == Variant.EMPTY ? "" : QUERY_SLOT);
		model.put("resultsHeading", HEADING_SLOT);
		model.put("resultsHtml", RESULTS_SLOT);
		model.put("languageSwitch", variant == Variant.EMPTY ? new ShellLinks("/zoeken?lang=en", "/zoeken?lang=nl")
				: new ShellLinks("/zoeken?q=" + QUERY_URL_SLOT + "&lang=en", "/zoeken?q=" + QUERY_URL_SLOT + "&lang=nl"));
		if (variant == Variant.NONE) {
			model.put("popularTasks", data.popularTasks(6));
			model.put("frontDesk", data.servicePointsBySlug().get("onthaal"));
		}
		return model;
	}

	/** The language switch of a shell: the same links as the page's own, with the question as a placeholder. */
	public record ShellLinks(String en, String nl) {

		public String getEn() {
			return en;
		}

		public String getNl() {
			return nl;
		}

	}

	/** A rendered page cut at its placeholders. */
	record Shell(ViewParts.Slotted parts) {

		static Shell of(String html) {
			return new Shell(ViewParts.Slotted.cut(html, List.of(QUERY_SLOT, QUERY_URL_SLOT, HEADING_SLOT, RESULTS_SLOT)));
		}

		String fill(String query, String heading, CharSequence results) {
			var escapedQuery = HtmlUtils.htmlEscape(query, "UTF-8");
			var out = new StringBuilder(parts.length() + results.length() + 256);
			return parts.appendTo(out, slot -> switch (slot) {
				case QUERY_SLOT -> escapedQuery;
				case QUERY_URL_SLOT -> URLEncoder.encode(query, StandardCharsets.UTF_8);
				case HEADING_SLOT -> HtmlUtils.htmlEscape(heading, "UTF-8");
				default -> results;
			}).toString();
		}

	}

}

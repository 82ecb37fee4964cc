package be.eenloket.frontdesk.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import be.eenloket.frontdesk.internal.ConsoleSearch;
import be.eenloket.shared.ViewParts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The console's results from parts: each directory result ({@code <li>}) and each staff row ({@code <tr>}) is rendered
 * by Thymeleaf once per content and language, and kept. A result's content is everything it shows (the task, its
 * service points as they are now, with their status this minute and their unit's leads, the place): the console's
 * records compare by value, so a result that shows anything else is another key, and a kept part is never out of
 * date. What differs per request, the question (in each contact form) and the contact forms' one-time tokens, are
 * slots in the kept HTML, filled for every request: the question HTML-escaped, each token a new random UUID.
 * <p>
 * On two cores, rendering the cards with Thymeleaf was half of a console search's time; the front desk asks the same
 * questions all day, and while typing every prefix brings back mostly the same results.
 */
@Component
class ConsolePages {

	static final String MATCH = "frontdesk/console-result :: match";

	static final String STAFF = "frontdesk/console-result :: staff";

	/** Placeholders: letters and digits only, so that HTML escaping leaves them as they are. */
	static final String QUERY_SLOT = "zq7cslot4q";

	static final String TOKEN_SLOT = "zt7cslot4t";

	private static final List<String> SLOTS = List.of(QUERY_SLOT, TOKEN_SLOT);

	/**
	 * Parts kept at most, then they start over: a result is 1–10 KB of HTML (a task with four desks), so at most about
	 * 25 MB. A key changes only when what the result shows does (a status changes at opening and closing times, not
	 * every minute), and a day at the front desk brings back far fewer results than this.
	 */
	static final int MAX_PARTS = 5_000;

	private record Key(String language, Object content) {
	}

	private final ViewParts views;

	private final Map<Key, ViewParts.Slotted> parts = new ConcurrentHashMap<>();

	ConsolePages(ViewParts views) {
		this.views = views;
	}

	/** The results' list items and staff rows, as HTML with the slots filled. */
	record Html(String matches, String staff) {
	}

	Html render(ConsoleSearch.Results results, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		var language = "en".equals(locale.getLanguage()) ? "en" : "nl";
		var escapedQuery = HtmlUtils.htmlEscape(results.query());
		// every contact form a token of its own
		java.util.function.Function<String, CharSequence> filling = slot -> TOKEN_SLOT.equals(slot)
				? UUID.randomUUID().toString() : escapedQuery;
		var matches = new StringBuilder(results.directory().size() * 3072);
		for (var match : results.directory()) {
			var part = part(new Key(language, match), MATCH,
					Map.of("match", match, "q", QUERY_SLOT, "token", TOKEN_SLOT), locale, request, response);
			part.appendTo(matches, filling);
		}
		var staff = new StringBuilder(results.staff().size() * 1024);
		for (var member : results.staff()) {
			part(new Key(language, member), STAFF, Map.of("match", member), locale, request, response)
				.appendTo(staff, filling);
		}
		return new Html(matches.toString(), staff.toString());
	}

	private ViewParts.Slotted part(Key key, String view, Map<String, ?> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		var part = parts.get(key);
		if (part == null) {
			part = ViewParts.Slotted.cut(views.render(view, model, locale, request, response), SLOTS);
			if (parts.size() >= MAX_PARTS) {
				parts.clear();
			}
			parts.putIfAbsent(key, part);
		}
		return part;
	}

	int size() {
		return parts.size();
	}

	/** Forgets every kept part (tests: to compare a fresh render with a kept one). */
	void clear() {
		parts.clear();
	}

}

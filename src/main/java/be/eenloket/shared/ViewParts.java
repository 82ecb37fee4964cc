package be.eenloket.shared;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Renders a view (a template, or a fragment as {@code "template :: fragment"}) to a string, with everything Spring MVC
 * gives a page (messages, links, the request's locale), for pages put together from parts kept between requests:
 * the search page and the front desk console.
 */
@Component
public class ViewParts {

	private final ThymeleafViewResolver views;

	ViewParts(ThymeleafViewResolver views) {
		this.views = views;
	}

	public String render(String viewName, Map<String, ?> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		var view = views.resolveViewName(viewName, locale);
		if (view == null) {
			throw new IllegalStateException("No view " + viewName);
		}
		var capture = new ContentCachingResponseWrapper(response);
		view.render(model, request, capture);
		return new String(capture.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/**
	 * Rendered HTML cut at its slots once (placeholders of letters and digits only, which HTML escaping and URL
	 * encoding leave as they are), so that filling it per request is appending its pieces, never searching it, and
	 * what a visitor typed is never searched for placeholders.
	 */
	public record Slotted(List<String> texts, List<String> slots) {

		public static Slotted cut(String html, List<String> placeholders) {
			var texts = new ArrayList<String>();
			var slots = new ArrayList<String>();
			var at = 0;
			while (true) {
				var next = -1;
				String slot = null;
				for (var candidate : placeholders) {
					var index = html.indexOf(candidate, at);
					if (index >= 0 && (next < 0 || index < next)) {
						next = index;
						slot = candidate;
					}
				}
				if (slot == null) {
					texts.add(html.substring(at));
					return new Slotted(List.copyOf(texts), List.copyOf(slots));
				}
				texts.add(html.substring(at, next));
				slots.add(slot);
				at = next + slot.length();
			}
		}

		/** Appends the HTML with each slot replaced by what {@code filling} gives for its placeholder. */
		public StringBuilder appendTo(StringBuilder out, Function<String, CharSequence> filling) {
			for (var i = 0; i < slots.size(); i++) {
				out.append(texts.get(i)).append(filling.apply(slots.get(i)));
			}
			return out.append(texts.getLast());
		}

		public int length() {
			return texts.stream().mapToInt(String::length).sum();
		}

	}

}

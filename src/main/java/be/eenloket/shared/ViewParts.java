package be.eenloket.shared;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

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

}

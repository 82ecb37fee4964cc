package be.eenloket.shared.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch links to the page the visitor is on, with its query ({@code /zoeken?q=paspoort&lang=en}),
 * instead of to the home page's {@code ?lang=en}. The link is relative to the host: it never repeats the request's
 * {@code Host} header. The URLs are request attributes ({@code languageSwitchEn}, {@code languageSwitchNl}) set
 * before the request reaches any page, so an error page shown for the same request links to the visitor's own URL.
 */
@Component
class LanguageSwitch extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		request.setAttribute("languageSwitchEn", url(request.getRequestURI(), request.getQueryString(), "en"));
		request.setAttribute("languageSwitchNl", url(request.getRequestURI(), request.getQueryString(), "nl"));
		chain.doFilter(request, response);
	}

	/** {@code path} and {@code query} with {@code lang} set to {@code language}. */
	static String url(String path, String query, String language) {
		try {
			return UriComponentsBuilder.fromPath(path)
				.query(query)
				.replaceQueryParam("lang", language)
				.build()
				.toUriString();
		}
		catch (IllegalArgumentException malformed) {
			return "?lang=" + language;
		}
	}

}

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
 * {@code Host} header. The filter only remembers the visitor's own path and query in a request attribute
 * ({@code languageSwitch}); the links are built when a page asks for them ({@code ${languageSwitch.en}}), so static
 * files and cached pages pay nothing, and an error page shown for the same request links to the visitor's own URL.
 */
@Component
class LanguageSwitch extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		request.setAttribute("languageSwitch", new Links(request.getRequestURI(), request.getQueryString()));
		chain.doFilter(request, response);
	}

	/** The current page's path and query, with {@code lang} set to each language on demand. */
	public record Links(String path, String query) {

		public String getEn() {
			return url(path, query, "en");
		}

		public String getNl() {
			return url(path, query, "nl");
		}

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

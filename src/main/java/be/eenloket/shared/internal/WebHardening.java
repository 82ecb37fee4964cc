package be.eenloket.shared.internal;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the web server does before or around the application: Tomcat's own error page (for a request it refuses
 * before the application sees it, such as {@code %2f} or {@code %00} in a path) carries the same security headers
 * as every page and says nothing about the server; {@code /error} is not a page of its own; and where
 * {@code eenloket.base-url} is set, absolute links (QR codes, open data) and redirects name that address, whatever
 * {@code Host} header a request brings.
 */
@Configuration(proxyBeanMethods = false)
class WebHardening {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> quietTomcatErrorPages(
			@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		return factory -> factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				var valve = new SecureErrorReportValve(secure);
				host.getPipeline().addValve(valve);
				host.setErrorReportValveClass(SecureErrorReportValve.class.getName());
			}
		});
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> errorPathNotAPage() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws IOException, ServletException {
				if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
					chain.doFilter(request, response);
					return;
				}
				response.sendError(HttpServletResponse.SC_NOT_FOUND);
			}
		});
		// only a browser asking for /error itself; the error dispatch of a real error still renders the page
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.addUrlPatterns("/error", "/error/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * Form fields with an index ({@code days[3]}) are bound into lists; an index that is negative, not a number or
	 * absurdly large names no field of any form, and the binder would fail on it with a 500.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> unaddressableFieldNames() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws IOException, ServletException {
				for (var names = request.getParameterNames(); names.hasMoreElements();) {
					var name = names.nextElement();
					if (name.indexOf('[') >= 0 && !INDEXED_FIELD.matcher(name).matches()) {
						response.sendError(HttpServletResponse.SC_BAD_REQUEST);
						return;
					}
				}
				chain.doFilter(request, response);
			}
		});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

	static final java.util.regex.Pattern INDEXED_FIELD = java.util.regex.Pattern
		.compile("[A-Za-z_][A-Za-z0-9_.]*(\\[\\d{1,3}\\](\\.[A-Za-z_][A-Za-z0-9_]*)*)+");

	@Bean
	FilterRegistrationBean<ConfiguredBaseUrl> configuredBaseUrl(@Value("${eenloket.base-url:}") String baseUrl) {
		var registration = new FilterRegistrationBean<>(new ConfiguredBaseUrl(baseUrl));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		registration.setEnabled(StringUtils.hasText(baseUrl));
		return registration;
	}

	/** Tomcat's error page for what it refuses itself: no report, no server version, the portal's headers. */
	static class SecureErrorReportValve extends ErrorReportValve {

		private final boolean secure;

		SecureErrorReportValve(boolean secure) {
			this.secure = secure;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			if (!response.isCommitted()) {
				response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
				response.setHeader("X-Content-Type-Options", "nosniff");
				response.setHeader("X-Frame-Options", "DENY");
				response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
				response.setHeader("Cache-Control", "no-store");
				if (secure) {
					response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
				}
			}
			super.report(request, response, throwable);
		}

	}

	/** Scheme, host and port of every request as configured, never as a client's {@code Host} header says. */
	static class ConfiguredBaseUrl extends OncePerRequestFilter {

		private final String scheme;

		private final String host;

		private final int port;

		ConfiguredBaseUrl(String baseUrl) {
			if (!StringUtils.hasText(baseUrl)) {
				this.scheme = null;
				this.host = null;
				this.port = -1;
				return;
			}
			var uri = URI.create(baseUrl.trim());
			this.scheme = uri.getScheme();
			this.host = uri.getHost();
			this.port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			chain.doFilter(new HttpServletRequestWrapper(request) {
				@Override
				public String getScheme() {
					return scheme;
				}

				@Override
				public String getServerName() {
					return host;
				}

				@Override
				public int getServerPort() {
					return port;
				}

				@Override
				public boolean isSecure() {
					return "https".equals(scheme);
				}

				@Override
				public String getHeader(String name) {
					return "host".equalsIgnoreCase(name) ? host + ((port == 80 || port == 443) ? "" : ":" + port)
							: super.getHeader(name);
				}

				@Override
				public StringBuffer getRequestURL() {
					var url = new StringBuffer(scheme).append("://").append(host);
					if (!(port == 80 && "http".equals(scheme)) && !(port == 443 && "https".equals(scheme))) {
						url.append(':').append(port);
					}
					return url.append(getRequestURI());
				}
			}, response);
		}

	}

}

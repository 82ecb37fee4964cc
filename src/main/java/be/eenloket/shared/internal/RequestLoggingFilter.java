package be.eenloket.shared.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request with method, path, status and duration as structured key-values. Deliberately
 * without query string, user, IP address or headers: a search query or a name typed by a citizen is personal
 * data and does not belong in logs. Static files are logged at DEBUG only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLoggingFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger("be.eenloket.requests");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var start = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			var path = request.getRequestURI();
			var event = path.startsWith(request.getContextPath() + "/assets/") ? log.atDebug() : log.atInfo();
			var millis = (System.nanoTime() - start) / 1_000_000;
			event.addKeyValue("method", request.getMethod())
				.addKeyValue("path", path)
				.addKeyValue("status", response.getStatus())
				.addKeyValue("durationMs", millis)
				.log("{} {} {} {}ms", request.getMethod(), path, response.getStatus(), millis);
		}
	}

}

package be.eenloket.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Remembers the page a user asked for before logging in, so login returns them there, but only for page views:
 * never for static files, the error page or favicon requests that browsers make on their own.
 */
class StaffOnlyRequestCache extends HttpSessionRequestCache {

	@Override
	public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		if ("GET".equals(request.getMethod()) && !path.startsWith("/assets/") && !path.startsWith("/error")
				) {
			super.saveRequest(request, response);
		}
	}

}

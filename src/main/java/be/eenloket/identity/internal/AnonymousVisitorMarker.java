package be.eenloket.identity.internal;

import java.io.IOException;

import be.eenloket.identity.Visitors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last filter of the security chain: marks a request whose visitor is not signed in (see {@link Visitors}), so
 * that a page cache in front of the chain stores only pages rendered for citizens, whatever way a user was
 * authenticated (a session, or a test's mock user without one).
 */
class AnonymousVisitorMarker extends OncePerRequestFilter {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || TRUST.isAnonymous(authentication)) {
			request.setAttribute(Visitors.ANONYMOUS_ATTRIBUTE, Boolean.TRUE);
		}
		chain.doFilter(request, response);
	}

}

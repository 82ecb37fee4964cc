package be.eenloket.identity;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who a request was served to, as the security chain decided it: a filter at the end of the chain marks every request
 * it let through with whether its visitor was anonymous. Code outside the chain (a page cache in front of it) asks
 * here after the chain ran, when Spring Security's own context is already cleared.
 */
public final class Visitors {

	/** The request attribute the security chain sets: {@link Boolean#TRUE} for an anonymous visitor. */
	public static final String ANONYMOUS_ATTRIBUTE = Visitors.class.getName() + ".anonymous";

	private Visitors() {
	}

	/**
	 * True only when the security chain ran for this request and found no signed-in user: a request the chain never
	 * saw (or saw only in part) is not known to be anonymous.
	 */
	public static boolean servedAnonymously(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(ANONYMOUS_ATTRIBUTE));
	}

}

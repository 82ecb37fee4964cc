package be.eenloket.socialcases.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A document upload whose body is over the server's multipart limits ({@code spring.servlet.multipart.*}, a little
 * above the 10 MB the social service checks itself) cannot be read at all: Tomcat 11 fails every later look at the
 * request's parameters with its own bare 413 page, before Spring Security or a controller runs. This filter looks
 * first, for the upload URL only, and sends the worker back to the file, where the message stands next to the upload
 * field ({@code /documenten/te-groot}). Nothing is saved and no session is touched, so the answer is the same on
 * every instance; the file page itself still checks need-to-know and logs the read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class OversizedUploadFilter extends OncePerRequestFilter {

	static final Pattern DOCUMENT_UPLOAD = Pattern.compile("/sociale-dienst/dossiers/(\\d{1,18})/documenten");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var contentType = request.getContentType();
		return !"POST".equals(request.getMethod()) || contentType == null
				|| !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
				|| !DOCUMENT_UPLOAD.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			// reads (and keeps) the parts, or fails here when the body is over the limits
			request.getParameterNames();
		}
		catch (RuntimeException refused) {
			if (tooLarge(refused)) {
				var upload = DOCUMENT_UPLOAD.matcher(path(request));
				upload.matches();
				response.sendRedirect(tooLargePage(upload.group(1)));
				return;
			}
			throw refused;
		}
		chain.doFilter(request, response);
	}

	/** Where a refused upload lands: the file's page with the message by the upload field. */
	static String tooLargePage(String fileId) {
		return "/sociale-dienst/dossiers/" + fileId + "/documenten/te-groot#documenten";
	}

	/** The way Spring's multipart support recognises a size limit in a container's message. */
	static boolean tooLarge(Throwable refused) {
		for (var cause = refused; cause != null; cause = cause.getCause()) {
			var message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(java.util.Locale.ROOT);
			if (message.contains("exceed") && (message.contains("size") || message.contains("length"))) {
				return true;
			}
		}
		return false;
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}

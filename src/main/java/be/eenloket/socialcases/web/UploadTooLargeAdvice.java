package be.eenloket.socialcases.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The second line behind {@link OversizedUploadFilter}: where the multipart body is parsed only when Spring asks for
 * it (another container, lazy resolution), a document over the limits becomes a {@link MaxUploadSizeExceededException}
 * before a handler is known. It lands on the file page with the message by the upload field, not on a bare 413.
 * Global because no handler is known yet; other uploads keep the default answer.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException refused, HttpServletRequest request)
			throws MaxUploadSizeExceededException {
		var upload = OversizedUploadFilter.DOCUMENT_UPLOAD
			.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (!upload.matches()) {
			throw refused;
		}
		return "redirect:" + OversizedUploadFilter.tooLargePage(upload.group(1));
	}

}

package be.eenloket.socialcases.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A document far larger than 10 MB is refused by the server before any controller runs (the
 * {@code spring.servlet.multipart.*} limits, a little above the 10 MB the social service checks itself). Instead of
 * a bare 413, the worker lands back on the file with the message next to the upload field. This advice is global
 * because no handler is known yet when the body is refused; other uploads keep the default answer.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeAdvice {

	private static final Pattern DOCUMENT_UPLOAD = Pattern.compile("/sociale-dienst/dossiers/(\\d{1,18})/documenten");

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException refused, HttpServletRequest request, RedirectAttributes redirect)
			throws MaxUploadSizeExceededException {
		var upload = DOCUMENT_UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (!upload.matches()) {
			throw refused;
		}
		redirect.addFlashAttribute(InvestigationSection.UPLOAD_TOO_LARGE, true);
		return "redirect:/sociale-dienst/dossiers/" + upload.group(1) + "#documenten";
	}

}

package be.eenloket.shared.web;

import java.io.IOException;

import be.eenloket.kernel.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A {@link RuleViolation} that no form caught (an action from an old browser tab on something that has moved on)
 * becomes the plain 409 page instead of a 500. Forms catch violations themselves and show them by the field.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RuleViolationAdvice {

	private static final Logger log = LoggerFactory.getLogger(RuleViolationAdvice.class);

	@ExceptionHandler(RuleViolation.class)
	void violation(RuleViolation violation, HttpServletResponse response) throws IOException {
		log.info("Refused: {}", violation.toString());
		response.sendError(HttpStatus.CONFLICT.value());
	}

}

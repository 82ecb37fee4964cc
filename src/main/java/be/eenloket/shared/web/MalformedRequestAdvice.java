package be.eenloket.shared.web;

import java.io.IOException;
import java.sql.SQLException;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The last line of defence for input no form check caught: a form field the binder cannot even address
 * ({@code days[256]}, {@code days[-1]}, {@code days[abc]}) is a 400, and a value PostgreSQL refuses (too long,
 * out of range, a foreign key to nothing, a check constraint) is a 400 too, with nothing saved because the
 * transaction rolled back. One log line, no stack trace: these are bad requests, not bugs. Forms check their rules
 * first so people see a message by the field; this only keeps hand-made requests from producing a 500.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class MalformedRequestAdvice {

	private static final Logger log = LoggerFactory.getLogger(MalformedRequestAdvice.class);

	@ExceptionHandler(InvalidPropertyException.class)
	void unaddressableField(InvalidPropertyException refused, HttpServletResponse response) throws IOException {
		log.info("Refused a form field that cannot be bound: {}", refused.getPropertyName());
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	void refusedByTheDatabase(DataIntegrityViolationException refused, HttpServletResponse response)
			throws IOException {
		var cause = refused.getMostSpecificCause();
		var state = cause instanceof SQLException sql ? sql.getSQLState() : null;
		log.info("Refused by the database (SQLSTATE {}): {}", state, firstLine(cause.getMessage()));
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		var end = message.indexOf('\n');
		var line = end < 0 ? message : message.substring(0, end);
		return line.length() > 200 ? line.substring(0, 200) : line;
	}

}

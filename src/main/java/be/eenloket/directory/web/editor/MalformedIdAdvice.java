package be.eenloket.directory.web.editor;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * An editor address with a record number that is not a number ({@code /beheer/dienstengids/diensten/abc}, an
 * overlong number) names no record: it gets the Dutch 404 page like an unknown number, not a 400.
 */
@ControllerAdvice(basePackageClasses = MalformedIdAdvice.class)
class MalformedIdAdvice {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void malformedId(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}

package be.eenloket.organisation.web;

import java.io.IOException;

import be.eenloket.organisation.internal.OrganisationProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A rule problem that no form can show (a request for a reorganisation that does not exist, or a change to one
 * that is no longer a draft, e.g. from an old browser tab) becomes the Dutch 404 or 409 page, never a 500.
 */
@ControllerAdvice(basePackageClasses = OrganisationProblemAdvice.class)
class OrganisationProblemAdvice {

	@ExceptionHandler(OrganisationProblem.class)
	void problem(OrganisationProblem problem, HttpServletResponse response) throws IOException {
		response.sendError(problem.messageKey().endsWith("notFound") ? HttpStatus.NOT_FOUND.value() : HttpStatus.CONFLICT.value());
	}

}

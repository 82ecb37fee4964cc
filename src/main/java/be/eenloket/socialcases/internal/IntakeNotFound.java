package be.eenloket.socialcases.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No intake with this id: the visitor gets the Dutch 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class IntakeNotFound extends RuntimeException {

	IntakeNotFound(long id) {
		super("No intake " + id);
	}

}

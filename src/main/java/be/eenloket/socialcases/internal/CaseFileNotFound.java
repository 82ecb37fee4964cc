package be.eenloket.socialcases.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No case file with this id: the Dutch 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CaseFileNotFound extends RuntimeException {

	CaseFileNotFound(long id) {
		super("No case file " + id, null, false, false);
	}

}

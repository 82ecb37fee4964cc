package be.eenloket.socialcases.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Ids and page numbers from the URL: what cannot exist is not found, never a 400 or a stack trace. */
final class Pages {

	private Pages() {
	}

	static long id(String id) {
		if (id == null || !id.matches("\\d{1,18}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return Long.parseLong(id);
	}

	static int parse(String page) {
		return page != null && page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
	}

}

package be.eenloket.organisation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The "as of" date of organogram pages, from the {@code datum} query parameter: today when absent, and today with
 * a message when it cannot be read, rather than an error page.
 */
record AsOfDate(LocalDate date, boolean today, String rejected) {

	static AsOfDate parse(String text, Clock clock) {
		var today = LocalDate.now(clock);
		if (text == null || text.isBlank()) {
			return new AsOfDate(today, true, null);
		}
		try {
			var date = LocalDate.parse(text.trim());
			if (date.getYear() < 1900 || date.getYear() > 2200) {
				return new AsOfDate(today, true, text);
			}
			return new AsOfDate(date, date.equals(today), null);
		}
		catch (DateTimeParseException e) {
			return new AsOfDate(today, true, text.length() > 40 ? text.substring(0, 40) : text);
		}
	}

}

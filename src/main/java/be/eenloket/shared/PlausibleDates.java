package be.eenloket.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Dates typed by people: read strictly as {@code yyyy-MM-dd} (what a date field sends) within the years 1000-9999,
 * before any range that fits their meaning is checked ({@link PlausibleDate}, the registers' own rules).
 */
public final class PlausibleDates {

	/** The years any date field can hold; a date outside them is a typing error, never a fact. */
	public static final int FIRST_YEAR = 1000;

	public static final int LAST_YEAR = 9999;

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private PlausibleDates() {
	}

	/** The date in {@code text}, or empty when it is not a readable date with a four-digit year. */
	public static Optional<LocalDate> parse(String text) {
		if (text == null || text.isBlank() || text.length() > 10) {
			return Optional.empty();
		}
		try {
			var date = LocalDate.parse(text.trim(), ISO);
			return readable(date) ? Optional.of(date) : Optional.empty();
		}
		catch (DateTimeParseException unreadable) {
			return Optional.empty();
		}
	}

	public static boolean readable(LocalDate date) {
		return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
	}

}

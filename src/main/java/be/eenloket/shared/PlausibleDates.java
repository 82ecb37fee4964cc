package be.eenloket.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Dates typed by people: read strictly as {@code yyyy-MM-dd} (what a date field sends) within the years 1000-9999,
 * and checked against a range that fits their meaning (a letter received recently, a birth date after 1900, an
 * effective date within a few years). Each range is also a check constraint in the database.
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

	/**
	 * Refuses a {@code date} before {@code earliest} or after {@code latest} with a {@link RuleViolation} of
	 * {@code field}: message key {@code date.range} with both limits as arguments. A {@code null} date passes (the
	 * form says whether it is required).
	 */
	public static void requireBetween(LocalDate date, LocalDate earliest, LocalDate latest, String field) {
		if (date != null && (date.isBefore(earliest) || date.isAfter(latest))) {
			throw new RuleViolation(field, "date.range", earliest, latest);
		}
	}

}

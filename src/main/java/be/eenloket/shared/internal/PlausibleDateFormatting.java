package be.eenloket.shared.internal;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import be.eenloket.shared.PlausibleDates;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Reads every {@link LocalDate} of a form or query parameter with {@link PlausibleDates#parse}: {@code yyyy-MM-dd}
 * with a four-digit year. {@code +300000-01-01} or {@code 0000-01-01} is then a field message ("Geef een geldige
 * datum in") rather than a value that PostgreSQL stores as {@code -infinity} or refuses with an error page.
 * Registered after Spring's own formatters, so it takes precedence for {@code @DateTimeFormat} fields too.
 */
final class PlausibleDateFormatting {

	private PlausibleDateFormatting() {
	}

	static final Formatter<LocalDate> FORMATTER = new Formatter<>() {

		@Override
		public LocalDate parse(String text, Locale locale) throws ParseException {
			return PlausibleDates.parse(text).orElseThrow(() -> new ParseException("not a plausible date", 0));
		}

		@Override
		public String print(LocalDate date, Locale locale) {
			return date.toString();
		}

	};

	/** The same for fields annotated with {@code @DateTimeFormat(iso = DATE)}. */
	static final class Annotated implements AnnotationFormatterFactory<DateTimeFormat> {

		@Override
		public Set<Class<?>> getFieldTypes() {
			return Set.of(LocalDate.class);
		}

		@Override
		public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
			return FORMATTER;
		}

		@Override
		public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
			return FORMATTER;
		}

	}

}

package be.eenloket.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A date field's plausible range for its meaning, relative to today or fixed: {@code from} and {@code to} are an
 * ISO period from today ({@code "-P1Y"}, {@code "P5Y"}, {@code "P0D"}) or a date ({@code "1900-01-01"}). Outside it,
 * the form says "Geef een datum tussen … en …" by the field. The database checks a wider fixed range as the last
 * line of defence (migrations {@code *_date_ranges}).
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

	String from();

	String to();

	String message() default "{date.plausible}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the range against the application clock. */
	class Validator implements ConstraintValidator<PlausibleDate, LocalDate> {

		private final Clock clock;

		private String from;

		private String to;

		public Validator(Clock clock) {
			this.clock = clock;
		}

		@Override
		public void initialize(PlausibleDate annotation) {
			this.from = annotation.from();
			this.to = annotation.to();
		}

		@Override
		public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
			if (date == null) {
				return true;
			}
			var today = LocalDate.now(clock);
			var earliest = resolve(from, today);
			var latest = resolve(to, today);
			if (!date.isBefore(earliest) && !date.isAfter(latest)) {
				return true;
			}
			var format = DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale());
			if (context instanceof HibernateConstraintValidatorContext hibernate) {
				hibernate.addMessageParameter("earliest", format.format(earliest))
					.addMessageParameter("latest", format.format(latest));
			}
			return false;
		}

		static LocalDate resolve(String bound, LocalDate today) {
			return bound.startsWith("P") || bound.startsWith("-P") ? today.plus(Period.parse(bound))
					: LocalDate.parse(bound);
		}

	}

}

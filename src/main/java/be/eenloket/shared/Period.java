package be.eenloket.shared;

import java.time.LocalDate;
import java.util.Objects;

import be.eenloket.kernel.RuleViolation;

/**
 * A validity period of whole days, {@code [from, to)}: {@code from} included, {@code to} excluded, {@code to}
 * {@code null} for "until further notice". The same convention as PostgreSQL's {@code daterange(from, to)}, so
 * the domain and the database's exclusion constraints agree on what overlaps.
 */
public record Period(LocalDate from, LocalDate to) {

	public Period {
		Objects.requireNonNull(from, "A period needs a start");
		if (to != null && !to.isAfter(from)) {
			throw new RuleViolation("to", "period.endBeforeStart");
		}
	}

	public static Period from(LocalDate from) {
		return new Period(from, null);
	}

	/** Whether {@code day} lies in this period. */
	public boolean covers(LocalDate day) {
		return !day.isBefore(from) && (to == null || day.isBefore(to));
	}

	/** Whether the two periods share at least one day. */
	public boolean overlaps(Period other) {
		return (to == null || other.from.isBefore(to)) && (other.to == null || from.isBefore(other.to));
	}

	public boolean isOpenEnded() {
		return to == null;
	}

}

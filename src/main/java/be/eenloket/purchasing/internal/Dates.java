package be.eenloket.purchasing.internal;

import java.time.LocalDate;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.shared.Period;

/** Plausible ranges for the dates of this module, the same as the database's check constraints. */
final class Dates {

	static final LocalDate EARLIEST = LocalDate.of(2010, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private Dates() {
	}

	static LocalDate plausible(LocalDate day, String field) {
		RuleViolation.require(day != null, field, "purchasing.date.required");
		RuleViolation.require(!day.isBefore(EARLIEST) && !day.isAfter(LATEST), field, "purchasing.date.implausible");
		return day;
	}

	static Period plausible(Period period, String field) {
		plausible(period.from(), field);
		if (period.to() != null) {
			plausible(period.to(), "validTo");
		}
		return period;
	}

	/** A period from a form: the end is the last day included, stored as the first day excluded. */
	static Period fromForm(LocalDate from, LocalDate lastDay) {
		plausible(from, "validFrom");
		if (lastDay != null) {
			plausible(lastDay, "validTo");
			RuleViolation.require(!lastDay.isBefore(from), "validTo", "purchasing.period.endBeforeStart");
		}
		return new Period(from, lastDay == null ? null : lastDay.plusDays(1));
	}

}

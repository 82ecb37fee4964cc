package be.eenloket.purchasing.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import be.eenloket.kernel.RuleViolation;

/**
 * The dates of a contract: first day, last day of the first term, tacit renewal by a number of months, and the
 * notice period. Terms are counted from the day after a term ends, so month ends and leap days fall right
 * (a term ending on 29 February 2028 renewed by a year ends on 28 February 2029).
 */
public record ContractTerms(LocalDate start, LocalDate end, Integer renewalMonths, int noticeMonths) {

	/** A framework agreement runs at most four years unless justified (law of 17 June 2016, art. 43). */
	public static final int FRAMEWORK_YEARS = 4;

	public ContractTerms {
		Dates.plausible(start, "startDate");
		Dates.plausible(end, "endDate");
		RuleViolation.require(end.isAfter(start), "endDate", "purchasing.contract.endBeforeStart");
		RuleViolation.require(renewalMonths == null || (renewalMonths >= 1 && renewalMonths <= 60), "renewalMonths",
				"purchasing.contract.renewalMonths");
		RuleViolation.require(noticeMonths >= 0 && noticeMonths <= 60, "noticeMonths", "purchasing.contract.noticeMonths");
		RuleViolation.require(!noticeDeadlineOf(end, noticeMonths).isBefore(start), "noticeMonths",
				"purchasing.contract.noticeLongerThanContract");
	}

	public boolean renewsTacitly() {
		return renewalMonths != null;
	}

	/** Whether the whole first term is longer than four years. */
	public boolean longerThanFourYears() {
		return end.plusDays(1).isAfter(start.plusYears(FRAMEWORK_YEARS));
	}

	/** The last day of the term that runs on {@code day} (the first term before it starts). */
	public LocalDate termEndOn(LocalDate day) {
		var termEnd = end;
		if (!renewsTacitly()) {
			return termEnd;
		}
		while (termEnd.isBefore(day)) {
			termEnd = termEnd.plusDays(1).plusMonths(renewalMonths).minusDays(1);
		}
		return termEnd;
	}

	/**
	 * The last day notice can still be given to stop the next tacit renewal, looking from {@code day}; empty for a
	 * contract that simply ends. Once a term's deadline has passed the contract renews, so the answer is the
	 * deadline of the following term.
	 */
	public java.util.Optional<LocalDate> noticeDeadlineOn(LocalDate day) {
		if (!renewsTacitly()) {
			return java.util.Optional.empty();
		}
		var termEnd = termEndOn(day);
		var deadline = noticeDeadlineOf(termEnd, noticeMonths);
		while (deadline.isBefore(day)) {
			termEnd = termEnd.plusDays(1).plusMonths(renewalMonths).minusDays(1);
			deadline = noticeDeadlineOf(termEnd, noticeMonths);
		}
		return java.util.Optional.of(deadline);
	}

	/** Notice of n months before a term ends on {@code termEnd}: received at the latest the day before those months. */
	static LocalDate noticeDeadlineOf(LocalDate termEnd, int noticeMonths) {
		return termEnd.plusDays(1).minusMonths(noticeMonths).minusDays(1);
	}

	public long daysUntil(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to);
	}

}

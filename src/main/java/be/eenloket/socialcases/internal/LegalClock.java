package be.eenloket.socialcases.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The legal time limits of one request, all counted in calendar days from the date on the receipt and never moved:
 * Belgian law has no suspension or extension of the decision deadline (see docs/socialcases.md for the sources).
 * Forward to the competent OCMW within 5 days (OW art. 58, RMI art. 18), decide within 30 days (RMI art. 21,
 * OW art. 71), notify within 8 days of the decision (OW art. 62bis), appeal within 3 months of the notification
 * (OW art. 71). A new decision on the same request gets its own notification and appeal dates.
 *
 * @param receivedOn the date on the receipt the front desk handed over
 */
public record LegalClock(LocalDate receivedOn) {

	public static final int FORWARD_DAYS = 5;

	public static final int DECISION_DAYS = 30;

	public static final int NOTIFICATION_DAYS = 8;

	public static final int APPEAL_MONTHS = 3;

	public LegalClock {
		Objects.requireNonNull(receivedOn, "A request's clock starts on its receipt date");
	}

	/** The last day to forward the request to the competent OCMW. */
	public LocalDate forwardBy() {
		return receivedOn.plusDays(FORWARD_DAYS);
	}

	/** The last day to decide. */
	public LocalDate decideBy() {
		return receivedOn.plusDays(DECISION_DAYS);
	}

	/** The last day to notify a decision taken on {@code decidedOn}. */
	public LocalDate notifyBy(LocalDate decidedOn) {
		return decidedOn.plusDays(NOTIFICATION_DAYS);
	}

	/**
	 * The last day to appeal against a decision notified on {@code notifiedOn}: the same day number three months
	 * later, or the last day of that month when it is shorter (30 November → 28 or 29 February).
	 */
	public LocalDate appealEnds(LocalDate notifiedOn) {
		return notifiedOn.plusMonths(APPEAL_MONTHS);
	}

	/** Without a decision, the appeal term runs from the end of the decision period. */
	public LocalDate appealEndsWithoutDecision() {
		return decideBy().plusMonths(APPEAL_MONTHS);
	}

	/** Whole days from {@code today} to the decision deadline; negative when overdue. */
	public long daysToDecide(LocalDate today) {
		return java.time.temporal.ChronoUnit.DAYS.between(today, decideBy());
	}

}

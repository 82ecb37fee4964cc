package be.eenloket.organisation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.shared.Period;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A person holds a position for a period with an FTE: at most one (0 for a role without working time of its own,
 * such as a seat on the management team), in hundredths. The database's exclusion constraint keeps a head or deputy
 * position to one holder at a time.
 */
@Entity
@Table(name = "org_assignment")
class Assignment extends Versioned {

	private long personId;

	private long positionId;

	private BigDecimal fte;

	private LocalDate validFrom;

	private LocalDate validTo;

	private boolean singleHolder;

	protected Assignment() {
	}

	Assignment(long personId, Position position, BigDecimal fte, Period period) {
		checkFte(fte);
		this.personId = personId;
		this.positionId = position.id();
		this.fte = fte;
		this.validFrom = period.from();
		this.validTo = period.to();
		this.singleHolder = position.kind().singleHolder();
	}

	/** At most one FTE, in hundredths. */
	static void checkFte(BigDecimal fte) {
		RuleViolation.require(fte != null && fte.signum() >= 0 && fte.compareTo(BigDecimal.ONE) <= 0, "fte",
				"assignment.fte.range");
		RuleViolation.require(fte.stripTrailingZeros().scale() <= 2, "fte", "assignment.fte.precision");
	}

	/** The period as a form gives it; an end on or before the start is refused by the end field. */
	static Period period(LocalDate from, LocalDate to) {
		RuleViolation.require(to == null || to.isAfter(from), "validTo", "period.endBeforeStart");
		return new Period(from, to);
	}

	/** From {@code date} on, the person no longer holds the position. */
	void end(LocalDate date) {
		RuleViolation.require(date.isAfter(validFrom), "date", "period.endBeforeStart");
		this.validTo = date;
	}

	long personId() {
		return personId;
	}

	long positionId() {
		return positionId;
	}

	BigDecimal fte() {
		return fte;
	}

	LocalDate validTo() {
		return validTo;
	}

}

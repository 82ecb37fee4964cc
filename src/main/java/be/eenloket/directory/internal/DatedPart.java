package be.eenloket.directory.internal;

import java.time.LocalDate;

import be.eenloket.shared.Period;
import jakarta.persistence.MappedSuperclass;

/**
 * A part of a service point that holds for a {@link Period}: a place, a weekly schedule. The parts of one kind follow
 * each other without overlapping (PostgreSQL's exclusion constraints stand behind that).
 */
@MappedSuperclass
abstract class DatedPart {

	private LocalDate validFrom;

	private LocalDate validTo;

	protected DatedPart() {
	}

	DatedPart(Period period) {
		this.validFrom = period.from();
		this.validTo = period.to();
	}

	Period period() {
		return new Period(validFrom, validTo);
	}

	/** Ends this part on {@code day} (excluded): from then on another part holds. */
	void endOn(LocalDate day) {
		this.validTo = new Period(validFrom, day).to();
	}

	/** Holds until {@code day} again (or for good when {@code null}), when the part that followed is cancelled. */
	void extendTo(LocalDate day) {
		this.validTo = new Period(validFrom, day).to();
	}

}

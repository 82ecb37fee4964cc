package be.eenloket.organisation.internal;

import java.time.LocalDate;
import java.util.Optional;

import be.eenloket.shared.Period;

/**
 * What a reorganisation draft is checked against: the organogram on its effective date as it is now, and the few
 * facts the draft's own tree cannot tell (codes ever used, service points, later staff, assignments as they are
 * now). A change is checked against it when it is added ({@link DraftChange#prepare}) and again at every preview,
 * when whatever changed since it was added shows as a conflict. The service answers from PostgreSQL; the rule tests
 * answer from memory.
 */
public interface DraftWorld {

	LocalDate effectiveDate();

	/** The organogram on the effective date, without the draft. */
	Snapshot onEffectiveDate();

	/** Whether a unit (current, past or future) has this code: codes are never reused. */
	boolean codeTaken(String code);

	/** A unit's most recent name, also when it no longer exists. */
	String lastName(long unitId);

	/** How many public service points the directory links to the unit. */
	int servicePoints(long unitId);

	/** How many people start in the unit after the effective date. */
	long staffStartingAfter(long unitId, LocalDate date);

	/** An assignment as it is now. */
	Optional<AssignmentState> assignment(long assignmentId);

	/** An assignment as a staff move sees it: whose it is, where, when, and its version. */
	record AssignmentState(long id, long positionId, String person, Period period, long version) {
	}

}

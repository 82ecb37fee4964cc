package be.eenloket.organisation.internal;

import java.util.List;

import be.eenloket.kernel.RuleViolation;
import jakarta.persistence.Entity;

/**
 * A change to a unit that exists on the effective date. The unit's period on that date is remembered, so a change
 * made to the unit after the draft was prepared shows as a conflict before approval.
 */
@Entity
abstract class ExistingUnitChange extends ReorganisationChange {

	private Long unitId;

	private Long basedOnPeriodId;

	private Long basedOnVersion;

	protected ExistingUnitChange() {
	}

	protected ExistingUnitChange(Long unitId) {
		this.unitId = unitId;
	}

	public Long unitId() {
		return unitId;
	}

	/** Finds the unit on the effective date and remembers its period; a subclass adds its own checks after it. */
	public void prepare(DraftWorld world, List<DraftChange> draft) {
		RuleViolation.require(unitId != null, "unitId", "reorganisation.change.unit.required");
		var unit = world.onEffectiveDate()
			.unit(unitId)
			.orElseThrow(() -> new RuleViolation("unitId", "unit.notOnDate", world.effectiveDate()));
		basedOnPeriodId = unit.periodId();
		basedOnVersion = unit.periodVersion();
	}

	/** The unit is gone on the effective date, or its period there changed since the draft was prepared. */
	public void findConflicts(DraftWorld world, List<PreviewProblem> conflicts, List<PreviewProblem> problems) {
		var current = world.onEffectiveDate().unit(unitId);
		if (current.isEmpty()) {
			conflicts.add(PreviewProblem.of("reorganisation.conflict.gone", world.lastName(unitId)));
		}
		else if (!Long.valueOf(current.get().periodId()).equals(basedOnPeriodId)
				|| !Long.valueOf(current.get().periodVersion()).equals(basedOnVersion)) {
			conflicts.add(PreviewProblem.of("reorganisation.conflict.changed", current.get().name()));
		}
	}

}

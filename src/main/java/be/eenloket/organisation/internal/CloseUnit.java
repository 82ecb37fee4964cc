package be.eenloket.organisation.internal;

import java.util.List;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A unit closes on the effective date: it must be empty by then (no units below it, no staff, no desks). */
@Entity
@DiscriminatorValue("CLOSE")
public final class CloseUnit extends ExistingUnitChange implements DraftChange {

	protected CloseUnit() {
	}

	public CloseUnit(Long unitId) {
		super(unitId);
	}

	@Override
	public ChangeKind kind() {
		return ChangeKind.CLOSE;
	}

	@Override
	public int phase() {
		return 3;
	}

	@Override
	public void applyTo(PreviewBuilder preview) {
		var current = preview.current();
		current.unit(unitId()).ifPresent(unit -> {
			var children = current.children(unit.id());
			var staff = current.holdings(unit.id()).stream().mapToLong(holding -> holding.holders().size()).sum();
			if (!children.isEmpty() || staff > 0) {
				preview.problem("reorganisation.problem.closeNotEmpty", unit.name(), children.size(), staff);
			}
			else {
				preview.units.remove(unit.id());
				preview.positions.values().removeIf(position -> position.unitId() == unit.id());
			}
		});
	}

	@Override
	public void findConflicts(DraftWorld world, List<PreviewProblem> conflicts, List<PreviewProblem> problems) {
		super.findConflicts(world, conflicts, problems);
		// service points belong to the directory, so the draft's own tree cannot tell whether any remain
		var servicePoints = world.servicePoints(unitId());
		if (servicePoints > 0) {
			problems.add(PreviewProblem.of("reorganisation.problem.closeServicePoints", world.lastName(unitId()),
					servicePoints));
		}
		// approval refuses to close a unit where someone starts after the effective date: say so before
		var later = world.staffStartingAfter(unitId(), world.effectiveDate());
		if (later > 0) {
			problems.add(PreviewProblem.of("reorganisation.problem.closeLaterStaff", world.lastName(unitId()), later));
		}
	}

}

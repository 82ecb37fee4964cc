package be.eenloket.organisation.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import be.eenloket.organisation.PositionKind;
import org.springframework.stereotype.Component;

/**
 * Writes an approved draft's changes as dated changes on the effective date, in the order they take effect, all
 * in the approval's transaction: because every change is a period starting on that date, the new organogram takes
 * effect then without any further step.
 */
@Component
class ReorganisationApproval {

	private final UnitManagement units;

	private final StaffManagement staff;

	private final Snapshots snapshots;

	ReorganisationApproval(UnitManagement units, StaffManagement staff, Snapshots snapshots) {
		this.units = units;
		this.staff = staff;
		this.snapshots = snapshots;
	}

	void write(Reorganisation reorganisation) {
		var date = reorganisation.effectiveDate();
		var written = new Written();
		for (var change : reorganisation.inOrder()) {
			switch (change) {
				case CreateUnit create -> {
					var unitId = units.create(create.newCode(), new UnitValues(create.newName(), create.newType(),
							written.parent(create.parent()), create.newLegalEntities(), null, null, null), date,
							reorganisation.id());
					Long headId = create.newHeadTitle() == null ? null
							: staff.createPosition(unitId, PositionKind.HEAD, create.newHeadTitle(), create.newHeadGrade(),
									date);
					create.created(unitId, headId);
					written.units.put(create.id(), unitId);
					written.heads.put(create.id(), headId);
				}
				case MoveStaff move -> moveStaff(move, date, written);
				case CloseUnit close -> units.close(close.unitId(), date, reorganisation.id());
				case MoveUnit move -> change(move, date, reorganisation,
						values -> values.withParent(written.parent(move.parent())));
				case RenameUnit rename -> change(rename, date, reorganisation, values -> values.withName(rename.newName()));
				case ChangeEntities entities -> change(entities, date, reorganisation,
						values -> values.withLegalEntities(entities.newLegalEntities()));
			}
		}
	}

	private void change(ExistingUnitChange change, LocalDate date, Reorganisation reorganisation,
			java.util.function.UnaryOperator<UnitValues> effect) {
		var unit = snapshots.asOf(date).unit(change.unitId()).orElseThrow();
		units.changeFrom(change.unitId(), date, effect.apply(UnitValues.of(unit)), reorganisation.id());
	}

	private void moveStaff(MoveStaff move, LocalDate date, Written written) {
		var moving = staff.holding(move.assignmentId());
		staff.endAssignment(move.assignmentId(), move.basedOnAssignmentVersion(), date);
		// the same working time, moved: the person's total does not change, so no confirmation is asked
		var target = move.targetChangeId() == null ? move.targetPositionId() : written.heads.get(move.targetChangeId());
		staff.assign(moving.personId(), target, moving.fte(), date, moving.validTo(), true);
	}

	/** The units and head positions the approval made so far, by the CREATE change that made them. */
	private static final class Written {

		final Map<Long, Long> units = new HashMap<>();

		final Map<Long, Long> heads = new HashMap<>();

		Long parent(NewParent parent) {
			return parent.createdBy() == null ? parent.existing() : units.get(parent.createdBy());
		}

	}

}

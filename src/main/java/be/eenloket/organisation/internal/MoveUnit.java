package be.eenloket.organisation.internal;

import java.util.List;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Transient;

/** A unit moves under another parent (an existing unit or one the draft creates), or to the top. */
@Entity
@DiscriminatorValue("MOVE")
public final class MoveUnit extends ExistingUnitChange implements DraftChange {

	@Embedded
	private NewParent parent;

	@Transient
	private Long chosenParent;

	protected MoveUnit() {
	}

	/** {@code parentKey}: an existing unit's id, a {@link DraftChange#createdUnitKey} or {@code null} for the top. */
	public MoveUnit(Long unitId, Long parentKey) {
		super(unitId);
		this.chosenParent = parentKey;
	}

	@Override
	public ChangeKind kind() {
		return ChangeKind.MOVE;
	}

	public NewParent parent() {
		return parent == null ? new NewParent() : parent;
	}

	@Override
	public void prepare(DraftWorld world, List<DraftChange> draft) {
		super.prepare(world, draft);
		parent = NewParent.chosen(chosenParent, world, draft);
	}

	@Override
	public void applyTo(PreviewBuilder preview) {
		var current = preview.current();
		current.unit(unitId()).ifPresent(unit -> {
			if (current.wouldCreateCycle(unit.id(), parent().key())) {
				preview.problem("reorganisation.problem.cycle", unit.name());
			}
			else {
				preview.units.put(unit.id(), unit.withParent(parent().key()));
			}
		});
	}

	@Override
	public void findConflicts(DraftWorld world, List<PreviewProblem> conflicts, List<PreviewProblem> problems) {
		super.findConflicts(world, conflicts, problems);
		parent().findConflicts(world, conflicts);
	}

	@Override
	public boolean dependsOn(long changeId) {
		return Long.valueOf(changeId).equals(parent().createdBy());
	}

}

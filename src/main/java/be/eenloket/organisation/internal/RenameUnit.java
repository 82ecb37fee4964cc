package be.eenloket.organisation.internal;

import java.util.List;

import be.eenloket.kernel.RuleViolation;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A unit takes a new name. */
@Entity
@DiscriminatorValue("RENAME")
public final class RenameUnit extends ExistingUnitChange implements DraftChange {

	private String newName;

	protected RenameUnit() {
	}

	public RenameUnit(Long unitId, String newName) {
		super(unitId);
		this.newName = newName;
	}

	@Override
	public ChangeKind kind() {
		return ChangeKind.RENAME;
	}

	public String newName() {
		return newName;
	}

	@Override
	public void prepare(DraftWorld world, List<DraftChange> draft) {
		super.prepare(world, draft);
		RuleViolation.require(newName != null && !newName.isBlank(), "newName", "unit.name.required");
	}

	@Override
	public void applyTo(PreviewBuilder preview) {
		preview.current().unit(unitId()).ifPresent(unit -> preview.units.put(unit.id(), unit.withName(newName)));
	}

}

package be.eenloket.organisation.internal;

import java.util.List;

import be.eenloket.kernel.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A unit serves other legal entities (gemeente, OCMW or both) from the effective date. */
@Entity
@DiscriminatorValue("ENTITIES")
public final class ChangeEntities extends ExistingUnitChange implements DraftChange {

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "new_legal_entities")
	private List<String> newLegalEntities;

	protected ChangeEntities() {
	}

	public ChangeEntities(Long unitId, List<String> newLegalEntities) {
		super(unitId);
		this.newLegalEntities = newLegalEntities == null ? List.of() : List.copyOf(newLegalEntities);
	}

	@Override
	public ChangeKind kind() {
		return ChangeKind.ENTITIES;
	}

	public List<String> newLegalEntities() {
		return newLegalEntities;
	}

	@Override
	public void prepare(DraftWorld world, List<DraftChange> draft) {
		super.prepare(world, draft);
		RuleViolation.require(!newLegalEntities.isEmpty(), "newLegalEntities", "unit.legalEntities.required");
	}

	@Override
	public void applyTo(PreviewBuilder preview) {
		preview.current()
			.unit(unitId())
			.ifPresent(unit -> preview.units.put(unit.id(), unit.withLegalEntities(newLegalEntities)));
	}

}

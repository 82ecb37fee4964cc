package be.eenloket.organisation.internal;

import java.util.List;

import be.eenloket.organisation.UnitType;

/** What a unit is during a period, apart from its dates. */
public record UnitValues(String name, UnitType type, Long parentId, List<String> legalEntities, String description,
		String contactEmail, String contactPhone) {

	public UnitValues {
		legalEntities = legalEntities == null ? List.of() : legalEntities.stream().distinct().sorted().toList();
	}

	static UnitValues of(Snapshot.Unit unit) {
		return new UnitValues(unit.name(), unit.type(), unit.parentId(), unit.legalEntities(), unit.description(),
				unit.contactEmail(), unit.contactPhone());
	}

	UnitValues withParent(Long parent) {
		return new UnitValues(name, type, parent, legalEntities, description, contactEmail, contactPhone);
	}

	UnitValues withName(String newName) {
		return new UnitValues(newName, type, parentId, legalEntities, description, contactEmail, contactPhone);
	}

	UnitValues withLegalEntities(List<String> entities) {
		return new UnitValues(name, type, parentId, entities, description, contactEmail, contactPhone);
	}

}

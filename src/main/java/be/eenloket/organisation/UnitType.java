package be.eenloket.organisation;

/** Levels of organisational units, from large to small. */
public enum UnitType {

	DIRECTIE, CLUSTER, AFDELING, DIENST, TEAM;

	public String messageKey() {
		return "unitType." + name();
	}

}

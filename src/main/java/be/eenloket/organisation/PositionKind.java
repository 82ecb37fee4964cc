package be.eenloket.organisation;

/** A function in a unit: its head, the deputy head, or a staff member. Heads and deputies have one holder at a time. */
public enum PositionKind {

	HEAD, DEPUTY, STAFF;

	public boolean singleHolder() {
		return this != STAFF;
	}

	public String messageKey() {
		return "positionKind." + name();
	}

}

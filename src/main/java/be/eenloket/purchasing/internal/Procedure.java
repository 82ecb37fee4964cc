package be.eenloket.purchasing.internal;

/** Award procedures, from the lightest to the strictest (the order matters: a purchaser may only go stricter). */
public enum Procedure {

	BEPERKTE_WAARDE, ONDERHANDELING_ZONDER_BEKENDMAKING, BELGISCHE_BEKENDMAKING, EUROPESE_BEKENDMAKING;

	public boolean isAtLeastAsStrictAs(Procedure other) {
		return ordinal() >= other.ordinal();
	}

	public String messageKey() {
		return "procedure." + name();
	}

}

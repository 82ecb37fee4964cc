package be.eenloket.purchasing.internal;

/** The limits of the procurement law: a value below the limit allows the lighter procedure. */
public enum ThresholdKind {

	/** Below it: opdracht van beperkte waarde (aanvaarde factuur). */
	BEPERKTE_WAARDE,
	/** Below it: onderhandelingsprocedure zonder voorafgaande bekendmaking. */
	ONDERHANDELING_ZONDER_BEKENDMAKING,
	/** From it: European publication for supplies and services of sub-central authorities. */
	EUROPESE_BEKENDMAKING_LEVERINGEN_DIENSTEN,
	/** From it: European publication for works. */
	EUROPESE_BEKENDMAKING_WERKEN;

	public String messageKey() {
		return "thresholdKind." + name();
	}

}

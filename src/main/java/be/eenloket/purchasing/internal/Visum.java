package be.eenloket.purchasing.internal;

/** The financial director's visum on one share's commitment. */
public enum Visum {

	PENDING, EXEMPT, GIVEN, CONDITIONAL, REFUSED;

	/** Whether the share may be committed and ordered. */
	public boolean clears() {
		return this == EXEMPT || this == GIVEN || this == CONDITIONAL;
	}

	public String messageKey() {
		return "visum." + name();
	}

}

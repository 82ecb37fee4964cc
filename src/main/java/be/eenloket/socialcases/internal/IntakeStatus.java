package be.eenloket.socialcases.internal;

/** Where an intake stands in the social service's inbox. */
public enum IntakeStatus {

	/** Registered by the front desk, nobody has taken it in charge yet. */
	NEW,

	/** A social worker has taken it in charge (in behandeling). */
	TAKEN;

	/** Key of the status's display name in the message bundles. */
	public String messageKey() {
		return "intake.status." + name();
	}

}

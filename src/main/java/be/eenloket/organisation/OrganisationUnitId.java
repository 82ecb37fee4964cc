package be.eenloket.organisation;

/** Identifies an organisational unit across modules; other modules keep this, never a JPA relation. */
public record OrganisationUnitId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}

}

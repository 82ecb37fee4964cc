package be.eenloket.organisation;

import java.util.List;

/**
 * A staff member as colleagues may know them: work contact details, employer and current positions. No private
 * data.
 *
 * @param personId the person
 * @param firstName first name
 * @param lastName last name
 * @param workEmail work e-mail address, if known
 * @param internalPhone internal phone number, if known
 * @param employer code of the employing legal entity
 * @param positions the positions held on the date
 */
public record StaffMember(long personId, String firstName, String lastName, String workEmail, String internalPhone,
		String employer, List<Position> positions) {

	public String fullName() {
		return firstName + " " + lastName;
	}

	/** A position held in a unit. */
	public record Position(OrganisationUnitId unit, String unitName, PositionKind kind, String title) {
	}

}

package be.eenloket.organisation;

/**
 * Who leads a unit on a date, and so who stands in when the head is absent.
 *
 * @param unit the unit
 * @param unitName its name on the date
 * @param contactPhone the unit's phone number, if known
 * @param contactEmail the unit's e-mail address, if known
 * @param head the head position, or {@code null} when the unit has none
 * @param deputy the deputy head position, or {@code null} when the unit has none
 */
public record UnitLeads(OrganisationUnitId unit, String unitName, String contactPhone, String contactEmail, Lead head,
		Lead deputy) {

	/**
	 * A lead position and its holder.
	 *
	 * @param title the function, e.g. "Diensthoofd burgerzaken"
	 * @param holder the holder's name, or {@code null} when the position is vacant
	 * @param internalPhone the holder's internal phone number, if known
	 */
	public record Lead(String title, String holder, String internalPhone) {

		public boolean vacant() {
			return holder == null;
		}

	}

}

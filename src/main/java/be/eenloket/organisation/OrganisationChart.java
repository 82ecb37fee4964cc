package be.eenloket.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Read access to the common organogram for other modules: the directory places units' desks in buildings, the
 * front desk looks up staff and who stands in for a head.
 */
public interface OrganisationChart {

	/** Every unit that exists on the date, ordered by name. */
	List<UnitSummary> units(LocalDate date);

	/**
	 * The units where the person linked to this staff account holds a position on the date, ordered by name; empty
	 * when the account is linked to nobody.
	 */
	List<UnitSummary> unitsOfAccount(String username, LocalDate date);

	/**
	 * The units whose work the person linked to this account answers for on the date: where they hold a position,
	 * and every unit below one they head (the financieel directeur heads the financial department's parent unit).
	 */
	List<UnitSummary> unitsUnderAccount(String username, LocalDate date);

	/** The unit as it is on the date, if it exists then. */
	Optional<UnitSummary> unit(OrganisationUnitId id, LocalDate date);

	/** Everyone holding a position on the date, by last and first name, with their positions. */
	List<StaffMember> staff(LocalDate date);

	/** The head and deputy of the unit on the date, if the unit exists then. */
	Optional<UnitLeads> leads(OrganisationUnitId id, LocalDate date);

}

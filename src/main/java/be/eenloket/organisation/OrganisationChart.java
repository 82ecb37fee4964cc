package be.eenloket.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read access to the common organogram for other modules (the directory places units' desks in buildings). */
public interface OrganisationChart {

	/** Every unit that exists on the date, ordered by name. */
	List<UnitSummary> units(LocalDate date);

	/** The unit as it is on the date, if it exists then. */
	Optional<UnitSummary> unit(OrganisationUnitId id, LocalDate date);

}

package be.eenloket.organisation;

import java.util.List;

/**
 * Extension point for the directory module: the public desks (service points) of a unit. The organisation module
 * shows them on unit pages and refuses to close a unit that still has some, without depending on the directory.
 */
public interface UnitServicePoints {

	/** A public desk of a unit, described for display. */
	record ServicePoint(String name, String location) {
	}

	List<ServicePoint> servicePointsOf(OrganisationUnitId unit);

}

package be.eenloket.directory.internal;

import be.eenloket.organisation.OrganisationUnitClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Learns from the organisation module that a unit closes. A desk keeps serving citizens when the unit behind it is
 * reorganised (the counter, its hours and its place do not change that day), so nothing disappears from the
 * public pages: the service points that name the unit are marked with the closing date, and the editors see them
 * on the editor's overview and the desk's form until they choose the unit that took over. The event may be
 * delivered again (the publication registry resubmits after a crash); marking twice with the same date is a no-op.
 */
@Component
class DirectoryUnitClosures {

	private final ServicePoints servicePoints;

	DirectoryUnitClosures(ServicePoints servicePoints) {
		this.servicePoints = servicePoints;
	}

	@ApplicationModuleListener
	void on(OrganisationUnitClosed closed) {
		servicePoints.unitClosed(closed.unit().value(), closed.closedOn());
	}

}

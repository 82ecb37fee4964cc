package be.eenloket.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import be.eenloket.organisation.OrganisationUnitId;
import be.eenloket.organisation.UnitServicePoints;
import org.springframework.stereotype.Component;

/** Tells the organogram which public desks a unit has (and so keeps a unit with desks from being closed). */
@Component
class DirectoryUnitServicePoints implements UnitServicePoints {

	private final DirectoryReadModel readModel;

	private final Clock clock;

	DirectoryUnitServicePoints(DirectoryReadModel readModel, Clock clock) {
		this.readModel = readModel;
		this.clock = clock;
	}

	@Override
	public List<ServicePoint> servicePointsOf(OrganisationUnitId unit) {
		var data = readModel.current();
		var today = LocalDate.now(clock);
		return data.servicePointsOfUnit(unit.value()).stream()
			.map(point -> new ServicePoint(point.name(), data.placeOf(point, today)
				.map(place -> place.building().name() + ", " + place.floor().displayName()
						+ (place.room() == null ? "" : ", " + place.room().name()))
				.orElse("")))
			.toList();
	}

}

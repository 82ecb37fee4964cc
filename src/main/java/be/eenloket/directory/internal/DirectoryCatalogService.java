package be.eenloket.directory.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import be.eenloket.directory.DirectoryCatalog;
import be.eenloket.organisation.OrganisationUnitId;
import org.springframework.stereotype.Service;

/** The directory's answers for other modules, read from the in-memory directory. */
@Service
class DirectoryCatalogService implements DirectoryCatalog {

	private final DirectoryReadModel readModel;

	private final DirectorySearch search;

	private final Clock clock;

	DirectoryCatalogService(DirectoryReadModel readModel, DirectorySearch search, Clock clock) {
		this.readModel = readModel;
		this.search = search;
		this.clock = clock;
	}

	@Override
	public List<ServicePointInfo> servicePoints() {
		var data = readModel.current();
		var now = LocalDateTime.now(clock);
		return data.servicePoints().values().stream()
			.filter(DirectoryData.ServicePoint::active)
			.map(point -> info(data, point, now))
			.sorted(Comparator.comparing((ServicePointInfo info) -> info.place() == null ? "\uffff" : info.place().building(),
					String.CASE_INSENSITIVE_ORDER)
				.thenComparing(info -> info.place() == null ? 0 : -info.place().level())
				.thenComparing(ServicePointInfo::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	@Override
	public Optional<ServicePointInfo> servicePoint(long id) {
		var data = readModel.current();
		return Optional.ofNullable(data.servicePoints().get(id)).filter(DirectoryData.ServicePoint::active)
			.map(point -> info(data, point, LocalDateTime.now(clock)));
	}

	@Override
	public Optional<ServicePointInfo> servicePoint(String slug) {
		var data = readModel.current();
		return Optional.ofNullable(data.servicePointsBySlug().get(slug)).filter(DirectoryData.ServicePoint::active)
			.map(point -> info(data, point, LocalDateTime.now(clock)));
	}

	@Override
	public List<BuildingInfo> buildings() {
		return readModel.current().buildings().values().stream()
			.filter(DirectoryData.Building::active)
			.map(DirectoryCatalogService::buildingInfo)
			.sorted(Comparator.comparing(BuildingInfo::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	@Override
	public Optional<BuildingInfo> building(long id) {
		return Optional.ofNullable(readModel.current().buildings().get(id)).filter(DirectoryData.Building::active)
			.map(DirectoryCatalogService::buildingInfo);
	}

	private static BuildingInfo buildingInfo(DirectoryData.Building building) {
		return new BuildingInfo(building.id(), building.slug(), building.name(), building.street(),
				building.houseNumber(), building.postalCode(), building.city());
	}

	@Override
	public List<ServicePointInfo> servicePointsOf(OrganisationUnitId unit) {
		return servicePointsOf(unit, Integer.MAX_VALUE);
	}

	@Override
	public List<ServicePointInfo> servicePointsOf(OrganisationUnitId unit, int max) {
		var data = readModel.current();
		var now = LocalDateTime.now(clock);
		return data.servicePointsOfUnit(unit.value()).stream().limit(max).map(point -> info(data, point, now)).toList();
	}

	@Override
	public int countServicePointsOf(OrganisationUnitId unit) {
		return readModel.current().servicePointsOfUnit(unit.value()).size();
	}

	@Override
	public List<TaskInfo> tasks() {
		var data = readModel.current();
		var now = LocalDateTime.now(clock);
		return data.tasks().values().stream()
			.filter(DirectoryData.Task::active)
			.sorted(Comparator.comparing(DirectoryData.Task::name, String.CASE_INSENSITIVE_ORDER))
			.map(task -> info(data, task, now))
			.toList();
	}

	@Override
	public Optional<TaskInfo> task(long id) {
		var data = readModel.current();
		return Optional.ofNullable(data.tasks().get(id)).filter(DirectoryData.Task::active)
			.map(task -> info(data, task, LocalDateTime.now(clock)));
	}

	@Override
	public List<Match> search(String query) {
		var data = readModel.current();
		var now = LocalDateTime.now(clock);
		return search.search(query).stream()
			.map(hit -> switch (hit.kind()) {
				case TASK -> Optional.ofNullable(data.tasks().get(hit.id()))
					.map(task -> new Match(info(data, task, now), null, null));
				case SERVICE_POINT -> Optional.ofNullable(data.servicePoints().get(hit.id()))
					.map(point -> new Match(null, info(data, point, now), null));
				case ROOM, FLOOR, BUILDING -> data.placeOf(hit.kind().name(), hit.id())
					.map(place -> new Match(null, null, place(place)));
			})
			.flatMap(Optional::stream)
			.toList();
	}

	private static TaskInfo info(DirectoryData data, DirectoryData.Task task, LocalDateTime now) {
		return new TaskInfo(task.id(), task.slug(), task.name(), task.appointmentNeeded(), task.whatToBring(),
				data.servicePointsOf(task).stream().map(point -> info(data, point, now)).toList());
	}

	static ServicePointInfo info(DirectoryData data, DirectoryData.ServicePoint point, LocalDateTime now) {
		var today = now.toLocalDate();
		var place = data.placeOf(point, today).map(DirectoryCatalogService::place).orElse(null);
		var relocation = data.nextPlaceOf(point, today)
			.map(next -> new Relocation(next.since(), place(next)))
			.orElse(null);
		var status = point.hours().status(now);
		var day = point.hours().day(today);
		var opening = new Opening(OpenState.valueOf(status.state().name()), status.until(), status.next(),
				day.exceptional() ? day.reason() : null,
				day.slots().stream().map(slot -> new Slot(slot.opens(), slot.closes())).toList());
		return new ServicePointInfo(point.id(), point.slug(), point.name(), new OrganisationUnitId(point.unitId()),
				point.phone(), point.email(), point.byAppointment(), place, relocation, opening);
	}

	private static Place place(DirectoryData.Place place) {
		return new Place(place.building().name(), place.building().slug(), place.floor() == null ? 0 : place.floor().level(),
				place.floor() == null ? null : place.floor().displayName(), place.room() == null ? null : place.room().name());
	}

}

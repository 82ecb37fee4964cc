package be.eenloket.directory.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole public directory in memory, as one immutable value: what the public pages read. It is rebuilt when
 * the data changes ({@link DirectoryReadModel}), so pages never query the database for it.
 * {@code activeServicePointsByUnit} and {@code mostPopularTasks} are derived, once per version: the active service
 * points of each organisational unit by name, and the {@value #POPULAR} active tasks citizens ask for most (sorting
 * twenty thousand tasks on every search page would cost more than the search).
 */
public record DirectoryData(long version, Map<Long, Building> buildings, Map<Long, Floor> floors,
		Map<Long, Room> rooms, Map<Long, ServicePoint> servicePoints, Map<String, ServicePoint> servicePointsBySlug,
		Map<Long, Task> tasks, Map<String, Task> tasksBySlug, Map<String, Building> buildingsBySlug,
		Map<Long, List<ServicePoint>> activeServicePointsByUnit, List<Task> mostPopularTasks) {

	static final int POPULAR = 20;

	public DirectoryData(long version, Map<Long, Building> buildings, Map<Long, Floor> floors, Map<Long, Room> rooms,
			Map<Long, ServicePoint> servicePoints, Map<String, ServicePoint> servicePointsBySlug, Map<Long, Task> tasks,
			Map<String, Task> tasksBySlug, Map<String, Building> buildingsBySlug) {
		this(version, buildings, floors, rooms, servicePoints, servicePointsBySlug, tasks, tasksBySlug, buildingsBySlug,
				servicePoints.values().stream()
					.filter(ServicePoint::active)
					.sorted(Comparator.comparing(ServicePoint::name, String.CASE_INSENSITIVE_ORDER))
					.collect(java.util.stream.Collectors.groupingBy(ServicePoint::unitId,
							java.util.stream.Collectors.toUnmodifiableList())),
				tasks.values()
					.stream()
					.filter(Task::active)
					.sorted(Comparator.comparingInt(Task::popularity).reversed().thenComparing(Task::name))
					.limit(POPULAR)
					.toList());
	}

	/** The active service points of an organisational unit, by name. */
	public List<ServicePoint> servicePointsOfUnit(long unitId) {
		return activeServicePointsByUnit.getOrDefault(unitId, List.of());
	}

	public record Building(long id, String slug, String name, String street, String houseNumber, String postalCode,
			String city, String entranceNotes, boolean stepFreeAccess, boolean lift, boolean disabledParking,
			String accessibilityNotes, boolean active, long version) {

		public String address() {
			return street + " " + houseNumber + ", " + postalCode + " " + city;
		}

	}

	public record Floor(long id, long buildingId, int level, String displayName, long version) {
	}

	public record Room(long id, long floorId, String name, long version) {
	}

	public record Location(long id, long floorId, Long roomId, LocalDate validFrom, LocalDate validTo, long version) {

		boolean covers(LocalDate date) {
			return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
		}

	}

	public record ServicePoint(long id, String slug, String name, long unitId, String description, String phone,
			String email, String website, boolean byAppointment, String keywords, String keywordsEn, boolean active, long version,
			List<Location> locations, OpeningHours hours, List<Long> taskIds, LocalDate unitClosedOn) {

		/**
		 * Whether the organisational unit this desk names has closed by {@code date} (or closes then): the editors
		 * are asked to choose the unit that took over (see {@code DirectoryUnitClosures}).
		 */
		public boolean unitClosedBy(LocalDate date) {
			return unitClosedOn != null && !unitClosedOn.isAfter(date);
		}

		public Optional<Location> locationOn(LocalDate date) {
			return locations.stream().filter(location -> location.covers(date)).findFirst();
		}

		/** The next move after {@code date}, if one is planned. */
		public Optional<Location> nextRelocation(LocalDate date) {
			return locations.stream()
				.filter(location -> location.validFrom().isAfter(date))
				.min(Comparator.comparing(Location::validFrom));
		}

	}

	public record Task(long id, String slug, String name, String description, String whatToBring, String cost,
			boolean appointmentNeeded, String keywords, String keywordsEn, int popularity, boolean active, long version,
			List<Long> servicePointIds) {
	}

	/** Where a service point is on a date, resolved to building, floor and room. */
	public record Place(Building building, Floor floor, Room room, LocalDate since) {
	}

	/**
	 * A room ({@code ROOM}), a floor ({@code FLOOR}) or a building ({@code BUILDING}) as a place, if it exists and
	 * its building is in use; the place of a building has no floor.
	 */
	public Optional<Place> placeOf(String kind, long id) {
		Room room = null;
		Floor floor = null;
		Building building;
		switch (kind) {
			case "ROOM" -> {
				room = rooms.get(id);
				floor = room == null ? null : floors.get(room.floorId());
				building = floor == null ? null : buildings.get(floor.buildingId());
			}
			case "FLOOR" -> {
				floor = floors.get(id);
				building = floor == null ? null : buildings.get(floor.buildingId());
			}
			case "BUILDING" -> building = buildings.get(id);
			default -> throw new IllegalArgumentException(kind);
		}
		return building == null || !building.active() ? Optional.empty()
				: Optional.of(new Place(building, floor, room, null));
	}

	public Optional<Place> placeOf(ServicePoint servicePoint, LocalDate date) {
		return servicePoint.locationOn(date).map(this::place);
	}

	public Optional<Place> nextPlaceOf(ServicePoint servicePoint, LocalDate date) {
		return servicePoint.nextRelocation(date).map(this::place);
	}

	private Place place(Location location) {
		var floor = floors.get(location.floorId());
		return new Place(buildings.get(floor.buildingId()), floor,
				location.roomId() == null ? null : rooms.get(location.roomId()), location.validFrom());
	}

	/** Floors of a building, top to bottom. */
	public List<Floor> floorsOf(long buildingId) {
		return floors.values()
			.stream()
			.filter(floor -> floor.buildingId() == buildingId)
			.sorted(Comparator.comparingInt(Floor::level).reversed())
			.toList();
	}

	public List<Room> roomsOf(long floorId) {
		return rooms.values().stream().filter(room -> room.floorId() == floorId)
			.sorted(Comparator.comparing(Room::name)).toList();
	}

	/** Active service points located on the floor on the date, by name. */
	public List<ServicePoint> servicePointsOn(long floorId, LocalDate date) {
		return servicePoints.values()
			.stream()
			.filter(ServicePoint::active)
			.filter(point -> point.locationOn(date).map(location -> location.floorId() == floorId).orElse(false))
			.sorted(Comparator.comparing(ServicePoint::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	public List<Building> activeBuildings() {
		return buildings.values().stream().filter(Building::active)
			.sorted(Comparator.comparing(Building::name, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	/** The tasks citizens ask for most (at most {@value #POPULAR}). */
	public List<Task> popularTasks(int max) {
		return mostPopularTasks.subList(0, Math.min(max, mostPopularTasks.size()));
	}

	public List<Task> tasksOf(ServicePoint servicePoint) {
		return servicePoint.taskIds().stream().map(tasks::get).filter(task -> task != null && task.active())
			.sorted(Comparator.comparing(Task::name)).toList();
	}

	public List<ServicePoint> servicePointsOf(Task task) {
		return task.servicePointIds().stream().map(servicePoints::get).filter(point -> point != null && point.active())
			.sorted(Comparator.comparing(ServicePoint::name)).toList();
	}

}

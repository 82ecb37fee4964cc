package be.eenloket.directory.internal;

import java.util.ArrayList;
import java.util.List;

import be.eenloket.directory.internal.Buildings.BuildingValues;
import be.eenloket.kernel.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;

/**
 * A building with its floors and their rooms: one aggregate. It guards what only it can see: one floor per level,
 * one room of a name per floor, no floor removed while it has rooms, versions as the editor saw them. What it cannot
 * see (which service points are, were or will be on a floor) the {@link Buildings} service asks first.
 */
@Entity
@Table(name = "dir_building")
class Building implements Versions.Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private String street;

	private String houseNumber;

	@JdbcTypeCode(SqlTypes.CHAR)
	private String postalCode;

	private String city;

	private String entranceNotes;

	private boolean stepFreeAccess;

	private boolean lift;

	private boolean disabledParking;

	private String accessibilityNotes;

	private boolean active = true;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "building_id", nullable = false)
	// a floor (a room) has its own version and is edited on its own page: adding one does not outdate the form
	// of the building (the floor)
	@OptimisticLock(excluded = true)
	private List<Floor> floors = new ArrayList<>();

	protected Building() {
	}

	Building(BuildingValues values) {
		this.slug = values.slug();
		update(values);
	}

	void update(BuildingValues values) {
		this.name = values.name();
		this.street = values.street();
		this.houseNumber = values.houseNumber();
		this.postalCode = values.postalCode();
		this.city = values.city();
		this.entranceNotes = values.entranceNotes();
		this.stepFreeAccess = values.stepFreeAccess();
		this.lift = values.lift();
		this.disabledParking = values.disabledParking();
		this.accessibilityNotes = values.accessibilityNotes();
	}

	void retire() {
		this.active = false;
	}

	Floor addFloor(int level, String displayName) {
		levelFree(level, null);
		var floor = new Floor(level, displayName);
		floors.add(floor);
		return floor;
	}

	/** Renames or renumbers a floor, as the editor saw it at {@code version}. */
	void changeFloor(long floorId, long version, int level, String displayName) {
		var floor = floor(floorId);
		Versions.check(floor, version, floorId);
		levelFree(level, floor);
		floor.change(level, displayName);
	}

	/** Removes a floor without rooms; otherwise says which rooms are left. */
	void removeFloor(long floorId) {
		var floor = floor(floorId);
		if (!floor.rooms().isEmpty()) {
			throw RuleViolation.ofForm("editor.floor.remove.rooms", String.join(", ", floor.rooms().stream()
				.map(Room::name).sorted().toList()));
		}
		floors.remove(floor);
	}

	Room addRoom(long floorId, String name) {
		return floor(floorId).addRoom(name);
	}

	void renameRoom(long roomId, long version, String name) {
		var floor = floorOfRoom(roomId);
		var room = floor.room(roomId);
		Versions.check(room, version, roomId);
		floor.renameRoom(room, name);
	}

	void removeRoom(long roomId) {
		var floor = floorOfRoom(roomId);
		floor.removeRoom(floor.room(roomId));
	}

	private void levelFree(int level, Floor changed) {
		RuleViolation.require(floors.stream().noneMatch(floor -> floor != changed && floor.level() == level), "level",
				"editor.level.taken");
	}

	Floor floor(long floorId) {
		return floors.stream().filter(floor -> floor.id() == floorId).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Floor " + floorId + " is not in building " + id));
	}

	private Floor floorOfRoom(long roomId) {
		return floors.stream().filter(floor -> floor.hasRoom(roomId)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Room " + roomId + " is not in building " + id));
	}

	Long id() {
		return id;
	}

	String name() {
		return name;
	}

	@Override
	public long version() {
		return version;
	}

}

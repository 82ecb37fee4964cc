package be.eenloket.directory.internal;

import java.time.Clock;
import java.time.LocalDate;

import be.eenloket.kernel.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' changes to buildings with their floors and rooms ({@link Building}, one aggregate). Before a
 * building is retired or a floor or room removed it asks which service points are, were or will be there: those
 * belong to other aggregates, so the question is a read (SQL), and the answer a {@link RuleViolation} that names them.
 */
@Service
public class Buildings {

	private final BuildingRepository buildings;

	private final JdbcClient jdbc;

	private final DirectoryChanges changes;

	private final Clock clock;

	Buildings(BuildingRepository buildings, JdbcClient jdbc, DirectoryChanges changes, Clock clock) {
		this.buildings = buildings;
		this.jdbc = jdbc;
		this.changes = changes;
		this.clock = clock;
	}

	public record BuildingValues(String slug, String name, String street, String houseNumber, String postalCode,
			String city, String entranceNotes, boolean stepFreeAccess, boolean lift, boolean disabledParking,
			String accessibilityNotes) {
	}

	@Transactional
	public long create(BuildingValues values) {
		RuleViolation.require(!buildings.existsBySlug(values.slug()), "name", "editor.name.taken");
		var building = buildings.saveAndFlush(new Building(values));
		changes.changed("CREATED", "Building", building.id(), "Gebouw " + values.name() + " toegevoegd");
		return building.id();
	}

	@Transactional
	public void update(long id, long version, BuildingValues values) {
		Versions.asSeen(buildings, Building.class, id, version).update(values);
		changes.changed("UPDATED", "Building", id, "Gebouw " + values.name() + " gewijzigd");
	}

	/** Retires a building, unless a service point is there now or will move there. */
	@Transactional
	public void retire(long id) {
		var building = building(id);
		InUse.refuse(jdbc, "editor.building.retire.points", """
				select distinct s.name from dir_location l join dir_floor f on f.id = l.floor_id
				join dir_service_point s on s.id = l.service_point_id
				where f.building_id = ? and s.active and (l.valid_to is null or l.valid_to > ?) order by s.name""",
				id, LocalDate.now(clock));
		building.retire();
		changes.changed("RETIRED", "Building", id, "Gebouw buiten gebruik gesteld");
	}

	@Transactional
	public long addFloor(long buildingId, int level, String displayName) {
		var floor = building(buildingId).addFloor(level, displayName);
		buildings.flush();
		changes.changed("CREATED", "Floor", floor.id(), "Verdieping " + displayName + " (niveau " + level + ") toegevoegd");
		return floor.id();
	}

	/** Renames or renumbers a floor, as the editor saw it at {@code version}. */
	@Transactional
	public void updateFloor(long id, long version, int level, String displayName) {
		buildingOfFloor(id).changeFloor(id, version, level, displayName);
		changes.changed("UPDATED", "Floor", id, "Verdieping " + displayName + " (niveau " + level + ") gewijzigd");
	}

	/**
	 * Removes a floor that nothing refers to: no rooms, and no service point that is, was or will be there (a past
	 * place is history the pages still show). Otherwise says what is left.
	 */
	@Transactional
	public void removeFloor(long id) {
		var building = buildingOfFloor(id);
		InUse.refuse(jdbc, "editor.floor.remove.points", """
				select distinct s.name from dir_location l join dir_service_point s on s.id = l.service_point_id
				where l.floor_id = ? order by s.name""", id);
		building.removeFloor(id);
		changes.changed("REMOVED", "Floor", id, "Verdieping verwijderd");
	}

	@Transactional
	public long addRoom(long floorId, String name) {
		var room = buildingOfFloor(floorId).addRoom(floorId, name);
		buildings.flush();
		changes.changed("CREATED", "Room", room.id(), "Lokaal " + name + " toegevoegd");
		return room.id();
	}

	/** Renames a room, as the editor saw it at {@code version}. */
	@Transactional
	public void updateRoom(long id, long version, String name) {
		buildingOfRoom(id).renameRoom(id, version, name);
		changes.changed("UPDATED", "Room", id, "Lokaal " + name + " gewijzigd");
	}

	/** Removes a room that no service point is, was or will be in; otherwise says which ones. */
	@Transactional
	public void removeRoom(long id) {
		var building = buildingOfRoom(id);
		InUse.refuse(jdbc, "editor.room.remove.points", """
				select distinct s.name from dir_location l join dir_service_point s on s.id = l.service_point_id
				where l.room_id = ? order by s.name""", id);
		building.removeRoom(id);
		changes.changed("REMOVED", "Room", id, "Lokaal verwijderd");
	}

	private Building building(long id) {
		return Versions.find(buildings, Building.class, id);
	}

	private Building buildingOfFloor(long floorId) {
		return buildings.findByFloor(floorId).orElseThrow(() -> new ObjectOptimisticLockingFailureException(Floor.class, floorId));
	}

	private Building buildingOfRoom(long roomId) {
		return buildings.findByRoom(roomId).orElseThrow(() -> new ObjectOptimisticLockingFailureException(Room.class, roomId));
	}

}

package be.eenloket.directory.internal;

import java.time.Clock;
import java.time.LocalDate;

import be.eenloket.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buildings with their floors and rooms: one aggregate, changed by the editors. The rules a database error would
 * otherwise report come first, in words: unique names and levels, versions as the editor saw them, and nothing
 * retired or removed that a service point is, was or will be in.
 */
@Service
public class Buildings {

	private final JdbcClient jdbc;

	private final DirectoryChanges changes;

	private final Clock clock;

	Buildings(JdbcClient jdbc, DirectoryChanges changes, Clock clock) {
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
		RuleViolation.require(!exists("select count(*) from dir_building where slug = ?", values.slug()), "name",
				"editor.name.taken");
		var id = jdbc.sql("""
				insert into dir_building (slug, name, street, house_number, postal_code, city, entrance_notes,
				    step_free_access, lift, disabled_parking, accessibility_notes)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(values.slug(), values.name(), values.street(), values.houseNumber(), values.postalCode(),
					values.city(), values.entranceNotes(), values.stepFreeAccess(), values.lift(),
					values.disabledParking(), values.accessibilityNotes())
			.query(Long.class)
			.single();
		changes.changed("CREATED", "Building", id, "Gebouw " + values.name() + " toegevoegd");
		return id;
	}

	@Transactional
	public void update(long id, long version, BuildingValues values) {
		var updated = jdbc.sql("""
				update dir_building set name = ?, street = ?, house_number = ?, postal_code = ?, city = ?,
				    entrance_notes = ?, step_free_access = ?, lift = ?, disabled_parking = ?, accessibility_notes = ?,
				    version = version + 1 where id = ? and version = ?""")
			.params(values.name(), values.street(), values.houseNumber(), values.postalCode(), values.city(),
					values.entranceNotes(), values.stepFreeAccess(), values.lift(), values.disabledParking(),
					values.accessibilityNotes(), id, version)
			.update();
		if (updated != 1) {
			throw new ObjectOptimisticLockingFailureException("dir_building", id);
		}
		changes.changed("UPDATED", "Building", id, "Gebouw " + values.name() + " gewijzigd");
	}

	/** Retires a building, unless a service point is there now or will move there. */
	@Transactional
	public void retire(long id) {
		var points = jdbc.sql("""
				select distinct s.name from dir_location l join dir_floor f on f.id = l.floor_id
				join dir_service_point s on s.id = l.service_point_id
				where f.building_id = ? and s.active and (l.valid_to is null or l.valid_to > ?) order by s.name""")
			.params(id, LocalDate.now(clock)).query(String.class).list();
		if (!points.isEmpty()) {
			throw RuleViolation.ofForm("editor.building.retire.points", String.join(", ", points));
		}
		jdbc.sql("update dir_building set active = false, version = version + 1 where id = ?").param(id).update();
		changes.changed("RETIRED", "Building", id, "Gebouw buiten gebruik gesteld");
	}

	@Transactional
	public long addFloor(long buildingId, int level, String displayName) {
		levelFree(buildingId, level, -1);
		var id = jdbc.sql("insert into dir_floor (building_id, level, display_name) values (?, ?, ?) returning id")
			.params(buildingId, level, displayName)
			.query(Long.class)
			.single();
		changes.changed("CREATED", "Floor", id, "Verdieping " + displayName + " (niveau " + level + ") toegevoegd");
		return id;
	}

	/** Renames or renumbers a floor, as the editor saw it at {@code version}. */
	@Transactional
	public void updateFloor(long id, long version, int level, String displayName) {
		var building = jdbc.sql("select building_id from dir_floor where id = ?").param(id).query(Long.class).single();
		levelFree(building, level, id);
		var updated = jdbc.sql("update dir_floor set level = ?, display_name = ?, version = version + 1 where id = ? and version = ?")
			.params(level, displayName, id, version)
			.update();
		if (updated != 1) {
			throw new ObjectOptimisticLockingFailureException("dir_floor", id);
		}
		changes.changed("UPDATED", "Floor", id, "Verdieping " + displayName + " (niveau " + level + ") gewijzigd");
	}

	private void levelFree(long buildingId, int level, long floorId) {
		RuleViolation.require(!exists("select count(*) from dir_floor where building_id = ? and level = ? and id <> ?",
				buildingId, level, floorId), "level", "editor.level.taken");
	}

	/**
	 * Removes a floor that nothing refers to: no rooms, and no service point that is, was or will be there (a past
	 * place is history the pages still show). Otherwise says what is left.
	 */
	@Transactional
	public void removeFloor(long id) {
		var points = jdbc.sql("""
				select distinct s.name from dir_location l join dir_service_point s on s.id = l.service_point_id
				where l.floor_id = ? order by s.name""")
			.param(id).query(String.class).list();
		if (!points.isEmpty()) {
			throw RuleViolation.ofForm("editor.floor.remove.points", String.join(", ", points));
		}
		var rooms = jdbc.sql("select name from dir_room where floor_id = ? order by name").param(id).query(String.class).list();
		if (!rooms.isEmpty()) {
			throw RuleViolation.ofForm("editor.floor.remove.rooms", String.join(", ", rooms));
		}
		jdbc.sql("delete from dir_floor where id = ?").param(id).update();
		changes.changed("REMOVED", "Floor", id, "Verdieping verwijderd");
	}

	@Transactional
	public long addRoom(long floorId, String name) {
		roomNameFree(floorId, name, -1);
		var id = jdbc.sql("insert into dir_room (floor_id, name) values (?, ?) returning id")
			.params(floorId, name)
			.query(Long.class)
			.single();
		changes.changed("CREATED", "Room", id, "Lokaal " + name + " toegevoegd");
		return id;
	}

	/** Renames a room, as the editor saw it at {@code version}. */
	@Transactional
	public void updateRoom(long id, long version, String name) {
		var floor = jdbc.sql("select floor_id from dir_room where id = ?").param(id).query(Long.class).single();
		roomNameFree(floor, name, id);
		var updated = jdbc.sql("update dir_room set name = ?, version = version + 1 where id = ? and version = ?")
			.params(name, id, version)
			.update();
		if (updated != 1) {
			throw new ObjectOptimisticLockingFailureException("dir_room", id);
		}
		changes.changed("UPDATED", "Room", id, "Lokaal " + name + " gewijzigd");
	}

	private void roomNameFree(long floorId, String name, long roomId) {
		RuleViolation.require(!exists("select count(*) from dir_room where floor_id = ? and lower(name) = lower(?) and id <> ?",
				floorId, name, roomId), "name", "editor.name.taken");
	}

	/** Removes a room that no service point is, was or will be in; otherwise says which ones. */
	@Transactional
	public void removeRoom(long id) {
		var points = jdbc.sql("""
				select distinct s.name from dir_location l join dir_service_point s on s.id = l.service_point_id
				where l.room_id = ? order by s.name""")
			.param(id).query(String.class).list();
		if (!points.isEmpty()) {
			throw RuleViolation.ofForm("editor.room.remove.points", String.join(", ", points));
		}
		jdbc.sql("delete from dir_room where id = ?").param(id).update();
		changes.changed("REMOVED", "Room", id, "Lokaal verwijderd");
	}

	private boolean exists(String countSql, Object... params) {
		return jdbc.sql(countSql).params(params).query(Long.class).single() > 0;
	}

}

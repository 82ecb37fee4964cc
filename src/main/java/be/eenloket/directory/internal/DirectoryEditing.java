package be.eenloket.directory.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import be.eenloket.directory.internal.DirectoryManagement.SlotValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The editors' changes to the directory, with the rules a database error would otherwise report: unique slugs,
 * versions as the editor saw them, and nothing retired that a task or a planned move still refers to.
 */
@Service
public class DirectoryEditing {

	private final JdbcClient jdbc;

	private final DirectoryManagement management;

	DirectoryEditing(JdbcClient jdbc, DirectoryManagement management) {
		this.jdbc = jdbc;
		this.management = management;
	}

	/** Makes a URL slug from a name: "Dienst Burgerzaken" becomes "dienst-burgerzaken". */
	public static String slug(String name) {
		var normalized = java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		return normalized.length() > 70 ? normalized.substring(0, 70).replaceAll("-$", "") : normalized;
	}

	@Transactional
	public void updateServicePoint(long id, long version, DirectoryManagement.ServicePointValues values) {
		var updated = jdbc.sql("""
				update dir_service_point set name = ?, unit_closed_on = case when unit_id = ? then unit_closed_on end,
				    unit_id = ?, description = ?, phone = ?, email = ?, website = ?,
				    by_appointment = ?, keywords = ?, keywords_en = ?, version = version + 1 where id = ? and version = ?""")
			.params(values.name(), values.unitId(), values.unitId(), values.description(), values.phone(), values.email(), values.website(),
					values.byAppointment(), values.keywords() == null ? "" : values.keywords(),
					values.keywordsEn() == null ? "" : values.keywordsEn(), id, version)
			.update();
		if (updated != 1) {
			throw new ObjectOptimisticLockingFailureException("dir_service_point", id);
		}
		management.changed("UPDATED", "ServicePoint", id, "Dienstverleningspunt " + values.name() + " gewijzigd");
	}

	/** Retires a service point, unless an active task still sends citizens there. */
	@Transactional
	public void retireServicePoint(long id, Errors errors) {
		var tasks = jdbc.sql("""
				select t.name from dir_task t join dir_task_service_point l on l.task_id = t.id
				where l.service_point_id = ? and t.active order by t.name""")
			.param(id).query(String.class).list();
		if (!tasks.isEmpty()) {
			errors.reject("editor.servicePoint.retire.tasks", new Object[] { String.join(", ", tasks) }, null);
			return;
		}
		jdbc.sql("update dir_service_point set active = false, version = version + 1 where id = ?").param(id).update();
		management.changed("RETIRED", "ServicePoint", id, "Dienstverleningspunt buiten gebruik gesteld");
	}

	@Transactional
	public void updateTask(long id, long version, DirectoryManagement.TaskValues values, List<Long> servicePointIds) {
		var updated = jdbc.sql("""
				update dir_task set name = ?, description = ?, what_to_bring = ?, cost = ?, appointment_needed = ?,
				    keywords = ?, keywords_en = ?, version = version + 1 where id = ? and version = ?""")
			.params(values.name(), values.description(), values.whatToBring(), values.cost(), values.appointmentNeeded(),
					values.keywords(), values.keywordsEn() == null ? "" : values.keywordsEn(), id, version)
			.update();
		if (updated != 1) {
			throw new ObjectOptimisticLockingFailureException("dir_task", id);
		}
		jdbc.sql("delete from dir_task_service_point where task_id = ?").param(id).update();
		for (var point : servicePointIds) {
			jdbc.sql("insert into dir_task_service_point (task_id, service_point_id) values (?, ?)").params(id, point).update();
		}
		management.changed("UPDATED", "Task", id, "Product " + values.name() + " gewijzigd");
	}

	@Transactional
	public void retireTask(long id) {
		jdbc.sql("update dir_task set active = false, version = version + 1 where id = ?").param(id).update();
		management.changed("RETIRED", "Task", id, "Product buiten gebruik gesteld");
	}

	@Transactional
	public void updateBuilding(long id, long version, DirectoryManagement.BuildingValues values) {
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
		management.changed("UPDATED", "Building", id, "Gebouw " + values.name() + " gewijzigd");
	}

	/** Renames or renumbers a floor, as the editor saw it at {@code version}. */
	@Transactional
	public void updateFloor(long id, long version, int level, String displayName) {
		var updated = jdbc.sql("update dir_floor set level = ?, display_name = ?, version = version + 1 where id = ? and version = ?")
			.params(level, displayName, id, version)
			.update();
		if (updated != 1) {
			throw new ObjectOptimisticLockingFailureException("dir_floor", id);
		}
		management.changed("UPDATED", "Floor", id, "Verdieping " + displayName + " (niveau " + level + ") gewijzigd");
	}

	/**
	 * Removes a floor that nothing refers to: no rooms, and no service point that is, was or will be there (a past
	 * place is history the pages still show). Otherwise says what is left.
	 */
	@Transactional
	public void removeFloor(long id, Errors errors) {
		var points = jdbc.sql("""
				select distinct s.name from dir_location l join dir_service_point s on s.id = l.service_point_id
				where l.floor_id = ? order by s.name""")
			.param(id).query(String.class).list();
		if (!points.isEmpty()) {
			errors.reject("editor.floor.remove.points", new Object[] { String.join(", ", points) }, null);
			return;
		}
		var rooms = jdbc.sql("select name from dir_room where floor_id = ? order by name").param(id).query(String.class).list();
		if (!rooms.isEmpty()) {
			errors.reject("editor.floor.remove.rooms", new Object[] { String.join(", ", rooms) }, null);
			return;
		}
		jdbc.sql("delete from dir_floor where id = ?").param(id).update();
		management.changed("REMOVED", "Floor", id, "Verdieping verwijderd");
	}

	/** Renames a room, as the editor saw it at {@code version}. */
	@Transactional
	public void updateRoom(long id, long version, String name) {
		var updated = jdbc.sql("update dir_room set name = ?, version = version + 1 where id = ? and version = ?")
			.params(name, id, version)
			.update();
		if (updated != 1) {
			throw new ObjectOptimisticLockingFailureException("dir_room", id);
		}
		management.changed("UPDATED", "Room", id, "Lokaal " + name + " gewijzigd");
	}

	/** Removes a room that no service point is, was or will be in; otherwise says which ones. */
	@Transactional
	public void removeRoom(long id, Errors errors) {
		var points = jdbc.sql("""
				select distinct s.name from dir_location l join dir_service_point s on s.id = l.service_point_id
				where l.room_id = ? order by s.name""")
			.param(id).query(String.class).list();
		if (!points.isEmpty()) {
			errors.reject("editor.room.remove.points", new Object[] { String.join(", ", points) }, null);
			return;
		}
		jdbc.sql("delete from dir_room where id = ?").param(id).update();
		management.changed("REMOVED", "Room", id, "Lokaal verwijderd");
	}

	/** Retires a building, unless a service point is there now or will move there. */
	@Transactional
	public void retireBuilding(long id, LocalDate today, Errors errors) {
		var points = jdbc.sql("""
				select distinct s.name from dir_location l join dir_floor f on f.id = l.floor_id
				join dir_service_point s on s.id = l.service_point_id
				where f.building_id = ? and s.active and (l.valid_to is null or l.valid_to > ?) order by s.name""")
			.params(id, today).query(String.class).list();
		if (!points.isEmpty()) {
			errors.reject("editor.building.retire.points", new Object[] { String.join(", ", points) }, null);
			return;
		}
		jdbc.sql("update dir_building set active = false, version = version + 1 where id = ?").param(id).update();
		management.changed("RETIRED", "Building", id, "Gebouw buiten gebruik gesteld");
	}

	/**
	 * Cancels a planned move: the place before it simply stays valid for longer. A move that has already taken
	 * effect is history and is not cancelled (a move back is planned instead), nor is the first place of a desk.
	 */
	@Transactional
	public void cancelRelocation(long servicePointId, long locationId, long version, LocalDate today, Errors errors) {
		var move = jdbc.sql("""
				select valid_from, valid_to, version from dir_location where id = ? and service_point_id = ? for update""")
			.params(locationId, servicePointId)
			.query((rs, row) -> new Object[] { rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class), rs.getLong(3) })
			.optional()
			.orElseThrow(() -> new ObjectOptimisticLockingFailureException("dir_location", locationId));
		var from = (LocalDate) move[0];
		if ((long) move[2] != version) {
			throw new ObjectOptimisticLockingFailureException("dir_location", locationId);
		}
		if (!from.isAfter(today)) {
			errors.reject("editor.relocation.cancel.past", new Object[] { from }, null);
			return;
		}
		var previous = jdbc.sql("select id from dir_location where service_point_id = ? and valid_to = ?")
			.params(servicePointId, from)
			.query(Long.class)
			.optional();
		if (previous.isEmpty()) {
			errors.reject("editor.relocation.cancel.first", new Object[] { from }, null);
			return;
		}
		// delete first: the exclusion constraint would refuse the longer period while the move still exists
		jdbc.sql("delete from dir_location where id = ?").param(locationId).update();
		jdbc.sql("update dir_location set valid_to = ?, version = version + 1 where id = ?")
			.params(move[1], previous.get())
			.update();
		management.changed("RELOCATION_CANCELLED", "ServicePoint", servicePointId, "Geplande verhuis van " + from + " geannuleerd");
	}

	/** A special day as the editor sees it. */
	public record SpecialDay(long id, LocalDate day, boolean closed, LocalTime opens, LocalTime closes, String reason,
			long version) {
	}

	/** The special days of a service point from {@code from} on, in date order. */
	public List<SpecialDay> specialDays(long servicePointId, LocalDate from) {
		return jdbc.sql("""
				select id, day, closed, opens, closes, reason, version from dir_exception
				where service_point_id = ? and day >= ? order by day, opens nulls first""")
			.params(servicePointId, from)
			.query((rs, row) -> new SpecialDay(rs.getLong("id"), rs.getObject("day", LocalDate.class), rs.getBoolean("closed"),
					rs.getObject("opens", LocalTime.class), rs.getObject("closes", LocalTime.class), rs.getString("reason"),
					rs.getLong("version")))
			.list();
	}

	/** Removes a special day entered by mistake (or no longer wanted): that day follows the weekly hours again. */
	@Transactional
	public void removeSpecialDay(long servicePointId, long exceptionId, long version) {
		var day = jdbc.sql("""
				delete from dir_exception where id = ? and service_point_id = ? and version = ? returning day || ': ' || reason""")
			.params(exceptionId, servicePointId, version)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new ObjectOptimisticLockingFailureException("dir_exception", exceptionId));
		management.changed("REMOVED", "OpeningException", exceptionId, "Afwijkende dag verwijderd: " + day);
	}

	/**
	 * Replaces the weekly hours from {@code from} on: the schedule that covers that date ends the day before, a new
	 * one starts. Each day is text like "08:30-12:00, 13:30-16:00" (empty: closed).
	 */
	@Transactional
	public void replaceHours(long servicePointId, long version, LocalDate from, List<String> days, Errors errors) {
		var slots = new ArrayList<SlotValues>();
		for (int i = 0; i < 7; i++) {
			var text = i < days.size() && days.get(i) != null ? days.get(i).strip() : "";
			if (text.isEmpty()) {
				continue;
			}
			var daySlots = new ArrayList<SlotValues>();
			for (var part : text.split("[,;]")) {
				var range = part.strip().split("\\s*[-–]\\s*");
				try {
					var opens = LocalTime.parse(pad(range[0]));
					var closes = LocalTime.parse(pad(range[1]));
					if (!closes.isAfter(opens)) {
						throw new DateTimeParseException("order", part, 0);
					}
					for (var other : daySlots) {
						if (opens.isBefore(other.closes()) && other.opens().isBefore(closes)) {
							throw new DateTimeParseException("overlap", part, 0);
						}
					}
					daySlots.add(new SlotValues(DayOfWeek.of(i + 1).getValue(), opens, closes));
				}
				catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
					errors.rejectValue("days[" + i + "]", "editor.hours.invalid", new Object[] { part.strip() }, null);
				}
			}
			slots.addAll(daySlots);
		}
		if (errors.hasErrors()) {
			return;
		}
		// the week belongs to the service point: two editors saving it at once, the second one is told
		if (jdbc.sql("update dir_service_point set version = version + 1 where id = ? and version = ?")
			.params(servicePointId, version)
			.update() != 1) {
			throw new ObjectOptimisticLockingFailureException("dir_service_point", servicePointId);
		}
		var current = jdbc.sql("""
				select id, valid_from, valid_to from dir_schedule
				where service_point_id = ? and daterange(valid_from, valid_to) @> ?::date""")
			.params(servicePointId, from)
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class) })
			.optional();
		LocalDate until = null;
		if (current.isPresent()) {
			until = (LocalDate) current.get()[2];
			if (((LocalDate) current.get()[1]).equals(from)) {
				jdbc.sql("delete from dir_schedule where id = ?").param(current.get()[0]).update();
			}
			else {
				jdbc.sql("update dir_schedule set valid_to = ?, version = version + 1 where id = ?").params(from, current.get()[0]).update();
			}
		}
		management.addSchedule(servicePointId, "Openingsuren", from, until, slots);
	}

	private static String pad(String time) {
		var t = time.strip().replace('u', ':').replace('.', ':').replace('h', ':').replaceAll(":$", "");
		if (t.matches("\\d{1,2}")) {
			t = t + ":00";
		}
		return t.matches("\\d:\\d{2}") ? "0" + t : t;
	}

	/** The version a form about the service point must carry back. */
	public long servicePointVersion(long servicePointId) {
		return jdbc.sql("select version from dir_service_point where id = ?").param(servicePointId).query(Long.class)
			.optional()
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND));
	}

	/** The weekly hours of the schedule covering {@code date}, as editable text per day (Monday first). */
	public List<String> hoursText(long servicePointId, LocalDate date) {
		var result = new ArrayList<String>(List.of("", "", "", "", "", "", ""));
		jdbc.sql("""
				select s.day_of_week, s.opens, s.closes from dir_slot s join dir_schedule d on d.id = s.schedule_id
				where d.service_point_id = ? and daterange(d.valid_from, d.valid_to) @> ?::date
				order by s.day_of_week, s.opens""")
			.params(servicePointId, date)
			.query((rs, row) -> {
				var day = rs.getInt(1) - 1;
				var text = rs.getObject(2, LocalTime.class) + "-" + rs.getObject(3, LocalTime.class);
				result.set(day, result.get(day).isEmpty() ? text : result.get(day) + ", " + text);
				return null;
			})
			.list();
		return result;
	}

}

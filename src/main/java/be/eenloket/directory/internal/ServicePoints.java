package be.eenloket.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import be.eenloket.shared.RuleViolation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service points (desks) with their dated places: created on a floor (and maybe in a room) from a date, changed,
 * moved from a date on, retired. Their hours and special days are {@link ServicePointHours}.
 */
@Service
public class ServicePoints {

	private final JdbcClient jdbc;

	private final DirectoryChanges changes;

	private final Clock clock;

	ServicePoints(JdbcClient jdbc, DirectoryChanges changes, Clock clock) {
		this.jdbc = jdbc;
		this.changes = changes;
		this.clock = clock;
	}

	/** @param keywordsEn English search words (citizens who search in English), separated by spaces */
	public record ServicePointValues(String slug, String name, long unitId, String description, String phone,
			String email, String website, boolean byAppointment, String keywords, String keywordsEn) {

		public ServicePointValues(String slug, String name, long unitId, String description, String phone, String email,
				String website, boolean byAppointment, String keywords) {
			this(slug, name, unitId, description, phone, email, website, byAppointment, keywords, "");
		}

	}

	@Transactional
	public long create(ServicePointValues values, long floorId, Long roomId, LocalDate from) {
		var violations = placeViolations(floorId, roomId);
		if (jdbc.sql("select count(*) from dir_service_point where slug = ?").param(values.slug()).query(Long.class).single() > 0) {
			violations.addFirst(new RuleViolation("name", "editor.name.taken"));
		}
		RuleViolations.throwIfAny(violations);
		var id = jdbc.sql("""
				insert into dir_service_point (slug, name, unit_id, description, phone, email, website, by_appointment, keywords,
				    keywords_en)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(values.slug(), values.name(), values.unitId(), values.description(), values.phone(),
					values.email(), values.website(), values.byAppointment(), values.keywords() == null ? "" : values.keywords(),
					values.keywordsEn() == null ? "" : values.keywordsEn())
			.query(Long.class)
			.single();
		jdbc.sql("insert into dir_location (service_point_id, floor_id, room_id, valid_from) values (?, ?, ?, ?)")
			.params(id, floorId, roomId, from)
			.update();
		changes.changed("CREATED", "ServicePoint", id, "Dienstverleningspunt " + values.name() + " toegevoegd");
		return id;
	}

	/** A floor that exists, and a room (if any) on that floor. */
	private ArrayList<RuleViolation> placeViolations(Long floorId, Long roomId) {
		var violations = new ArrayList<RuleViolation>();
		if (roomId != null) {
			var floorOfRoom = jdbc.sql("select floor_id from dir_room where id = ?").param(roomId).query(Long.class).optional();
			if (floorOfRoom.isEmpty() || !floorOfRoom.get().equals(floorId)) {
				violations.add(new RuleViolation("roomId", "editor.room.notOnFloor"));
			}
		}
		if (floorId != null && jdbc.sql("select count(*) from dir_floor where id = ?").param(floorId).query(Long.class).single() == 0) {
			violations.add(new RuleViolation("floorId", "editor.floor.required"));
		}
		return violations;
	}

	@Transactional
	public void update(long id, long version, ServicePointValues values) {
		var updated = jdbc.sql("""
				update dir_service_point set name = ?, unit_closed_on = case when unit_id = ? then unit_closed_on end,
				    unit_id = ?, description = ?, phone = ?, email = ?, website = ?,
				    by_appointment = ?, keywords = ?, keywords_en = ?, version = version + 1 where id = ? and version = ?""")
			.params(values.name(), values.unitId(), values.unitId(), values.description(), values.phone(), values.email(),
					values.website(), values.byAppointment(), values.keywords() == null ? "" : values.keywords(),
					values.keywordsEn() == null ? "" : values.keywordsEn(), id, version)
			.update();
		if (updated != 1) {
			throw new ObjectOptimisticLockingFailureException("dir_service_point", id);
		}
		changes.changed("UPDATED", "ServicePoint", id, "Dienstverleningspunt " + values.name() + " gewijzigd");
	}

	/** Retires a service point, unless an active task still sends citizens there. */
	@Transactional
	public void retire(long id) {
		var tasks = jdbc.sql("""
				select t.name from dir_task t join dir_task_service_point l on l.task_id = t.id
				where l.service_point_id = ? and t.active order by t.name""")
			.param(id).query(String.class).list();
		if (!tasks.isEmpty()) {
			throw RuleViolation.ofForm("editor.servicePoint.retire.tasks", String.join(", ", tasks));
		}
		jdbc.sql("update dir_service_point set active = false, version = version + 1 where id = ?").param(id).update();
		changes.changed("RETIRED", "ServicePoint", id, "Dienstverleningspunt buiten gebruik gesteld");
	}

	/**
	 * Schedules a move: from {@code date} on, the service point is on another floor or in another room. A move in
	 * the past would silently rewrite where citizens were sent; history stays as it was.
	 */
	@Transactional
	public void relocate(long servicePointId, long floorId, Long roomId, LocalDate date) {
		RuleViolations.throwIfAny(relocationProblems(floorId, roomId, date));
		var current = jdbc.sql("""
				select id, valid_from, valid_to from dir_location
				where service_point_id = ? and daterange(valid_from, valid_to) @> ?::date""")
			.params(servicePointId, date)
			.query((rs, row) -> new Object[] { rs.getLong("id"), rs.getObject("valid_from", LocalDate.class),
					rs.getObject("valid_to", LocalDate.class) })
			.optional();
		LocalDate until = null;
		if (current.isPresent()) {
			until = (LocalDate) current.get()[2];
			if (((LocalDate) current.get()[1]).equals(date)) {
				jdbc.sql("delete from dir_location where id = ?").param(current.get()[0]).update();
			}
			else {
				jdbc.sql("update dir_location set valid_to = ?, version = version + 1 where id = ?")
					.params(date, current.get()[0])
					.update();
			}
		}
		try {
			jdbc.sql("insert into dir_location (service_point_id, floor_id, room_id, valid_from, valid_to) values (?, ?, ?, ?, ?)")
				.params(servicePointId, floorId, roomId, date, until)
				.update();
		}
		catch (DataIntegrityViolationException beforeFirstPlace) {
			throw new RuleViolation("date", "editor.relocation.conflict");
		}
		changes.changed("RELOCATED", "ServicePoint", servicePointId, "Verhuis gepland vanaf " + date + " naar verdieping #" + floorId
				+ (roomId == null ? "" : ", lokaal #" + roomId));
	}

	/**
	 * What is wrong with a move to this place on this date, as far as it is known (a form may lack the floor or the
	 * date): a floor that exists, a room on it, a date not in the past.
	 */
	public List<RuleViolation> relocationProblems(Long floorId, Long roomId, LocalDate date) {
		var violations = placeViolations(floorId, roomId);
		if (date != null && date.isBefore(LocalDate.now(clock))) {
			violations.add(new RuleViolation("date", "editor.relocation.past"));
		}
		return violations;
	}

	/**
	 * Cancels a planned move: the place before it simply stays valid for longer. A move that has already taken
	 * effect is history and is not cancelled (a move back is planned instead), nor is the first place of a desk.
	 */
	@Transactional
	public void cancelRelocation(long servicePointId, long locationId, long version) {
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
		if (!from.isAfter(LocalDate.now(clock))) {
			throw RuleViolation.ofForm("editor.relocation.cancel.past", from);
		}
		var previous = jdbc.sql("select id from dir_location where service_point_id = ? and valid_to = ?")
			.params(servicePointId, from)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> RuleViolation.ofForm("editor.relocation.cancel.first", from));
		// delete first: the exclusion constraint would refuse the longer period while the move still exists
		jdbc.sql("delete from dir_location where id = ?").param(locationId).update();
		jdbc.sql("update dir_location set valid_to = ?, version = version + 1 where id = ?")
			.params(move[1], previous)
			.update();
		changes.changed("RELOCATION_CANCELLED", "ServicePoint", servicePointId, "Geplande verhuis van " + from + " geannuleerd");
	}

	/** Marks the desks of a unit that closes (see {@link DirectoryUnitClosures}). */
	@Transactional
	public void unitClosed(long unitId, LocalDate closedOn) {
		var marked = jdbc.sql("""
				update dir_service_point set unit_closed_on = ?, version = version + 1
				where unit_id = ? and unit_closed_on is distinct from ? returning id""")
			.params(closedOn, unitId, closedOn)
			.query(Long.class)
			.list();
		for (var id : marked) {
			changes.changed("UNIT_CLOSED", "ServicePoint", id,
					"Eenheid #" + unitId + " sluit op " + closedOn + ": kies de nieuwe eenheid");
		}
	}

}

package be.eenloket.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.shared.Period;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service points (desks) with their dated places ({@link ServicePoint}, one aggregate): created on a floor (and maybe
 * in a room) from a date, changed, moved from a date on, retired. Its hours and special days: {@link ServicePointHours}.
 */
@Service
public class ServicePoints {

	private final ServicePointRepository servicePoints;

	private final JdbcClient jdbc;

	private final DirectoryChanges changes;

	private final Clock clock;

	ServicePoints(ServicePointRepository servicePoints, JdbcClient jdbc, DirectoryChanges changes, Clock clock) {
		this.servicePoints = servicePoints;
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
		if (servicePoints.existsBySlug(values.slug())) {
			violations.addFirst(new RuleViolation("name", "editor.name.taken"));
		}
		RuleViolations.throwIfAny(violations);
		ServicePoint point;
		try {
			point = servicePoints.saveAndFlush(new ServicePoint(values, floorId, roomId, from));
		}
		catch (DataIntegrityViolationException sameSlug) {
			// a colleague created a desk of the same name a moment ago: the unique slug is the last line of defence
			throw new RuleViolation("name", "editor.name.taken");
		}
		changes.changed("CREATED", "ServicePoint", point.id(), "Dienstverleningspunt " + values.name() + " toegevoegd");
		return point.id();
	}

	/** A floor that exists, and a room (if any) on that floor: a read of the building aggregate's tables. */
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
		Versions.asSeen(servicePoints, ServicePoint.class, id, version).update(values);
		changes.changed("UPDATED", "ServicePoint", id, "Dienstverleningspunt " + values.name() + " gewijzigd");
	}

	/** Retires a service point, unless an active task still sends citizens there. */
	@Transactional
	public void retire(long id) {
		var point = point(id);
		InUse.refuse(jdbc, "editor.servicePoint.retire.tasks", """
				select t.name from dir_task t join dir_task_service_point l on l.task_id = t.id
				where l.service_point_id = ? and t.active order by t.name""", id);
		point.retire();
		changes.changed("RETIRED", "ServicePoint", id, "Dienstverleningspunt buiten gebruik gesteld");
	}

	/**
	 * Schedules a move: from {@code date} on, the service point is on another floor or in another room. A move in
	 * the past would silently rewrite where citizens were sent; history stays as it was.
	 */
	@Transactional
	public void relocate(long servicePointId, long floorId, Long roomId, LocalDate date) {
		RuleViolations.throwIfAny(relocationProblems(floorId, roomId, date));
		var point = point(servicePointId);
		var until = point.endPlaceOn(date);
		// the shortened place is written before the new one: the exclusion constraint checks every statement
		servicePoints.flush();
		point.addPlace(floorId, roomId, new Period(date, until));
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

	/** Cancels a planned move (see {@link ServicePoint#cancelMove}). */
	@Transactional
	public void cancelRelocation(long servicePointId, long locationId, long version) {
		var point = point(servicePointId);
		var cancelled = point.cancelMove(locationId, version, LocalDate.now(clock));
		servicePoints.flush();
		point.closeGap(cancelled);
		changes.changed("RELOCATION_CANCELLED", "ServicePoint", servicePointId,
				"Geplande verhuis van " + cancelled.from() + " geannuleerd");
	}

	/** Marks the desks of a unit that closes (see {@link DirectoryUnitClosures}). */
	@Transactional
	public void unitClosed(long unitId, LocalDate closedOn) {
		for (var point : servicePoints.findByUnitId(unitId)) {
			if (point.unitClosed(closedOn)) {
				changes.changed("UNIT_CLOSED", "ServicePoint", point.id(),
						"Eenheid #" + unitId + " sluit op " + closedOn + ": kies de nieuwe eenheid");
			}
		}
	}

	private ServicePoint point(long id) {
		return Versions.find(servicePoints, ServicePoint.class, id);
	}

}

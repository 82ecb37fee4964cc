package be.eenloket.directory.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import be.eenloket.shared.RuleViolation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opening hours of a service point: weekly schedules valid for a period, and special days (closed, or other
 * hours). They are part of the service point: saving the week checks the service point's version.
 */
@Service
public class ServicePointHours {

	private final JdbcClient jdbc;

	private final DirectoryChanges changes;

	ServicePointHours(JdbcClient jdbc, DirectoryChanges changes) {
		this.jdbc = jdbc;
		this.changes = changes;
	}

	@Transactional
	public long addSchedule(long servicePointId, String name, LocalDate from, LocalDate to, List<WeeklyHours.Slot> slots) {
		var id = jdbc.sql("insert into dir_schedule (service_point_id, name, valid_from, valid_to) values (?, ?, ?, ?) returning id")
			.params(servicePointId, name, from, to)
			.query(Long.class)
			.single();
		for (var slot : slots) {
			jdbc.sql("insert into dir_slot (schedule_id, day_of_week, opens, closes) values (?, ?, ?, ?)")
				.params(id, slot.day().getValue(), slot.opens(), slot.closes())
				.update();
		}
		changes.changed("CREATED", "Schedule", id, "Openingsuren '" + name + "' vanaf " + from);
		return id;
	}

	/**
	 * Replaces the weekly hours from {@code from} on: the schedule that covers that date ends the day before, a new
	 * one starts. Each day is text like "08:30-12:00, 13:30-16:00" (empty: closed), read by {@link WeeklyHours}.
	 */
	@Transactional
	public void replace(long servicePointId, long version, LocalDate from, List<String> days) {
		var week = WeeklyHours.parse(days);
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
		addSchedule(servicePointId, "Openingsuren", from, until, week.slots());
	}

	/**
	 * Adds a special day: closed, or open from {@code opens} to {@code closes}. Two special days of a desk may not
	 * overlap (the database's exclusion constraint is the last line of defence; its refusal is explained here).
	 */
	@Transactional
	public long addException(long servicePointId, LocalDate day, boolean closed, LocalTime opens, LocalTime closes,
			String reason) {
		if (!closed) {
			var violations = new ArrayList<RuleViolation>();
			if (opens == null) {
				violations.add(new RuleViolation("opens", "editor.time.required"));
			}
			if (closes == null) {
				violations.add(new RuleViolation("closes", "editor.time.required"));
			}
			if (opens != null && closes != null && !closes.isAfter(opens)) {
				violations.add(new RuleViolation("closes", "editor.time.order"));
			}
			RuleViolations.throwIfAny(violations);
		}
		long id;
		try {
			id = jdbc.sql("""
					insert into dir_exception (service_point_id, day, closed, opens, closes, reason)
					values (?, ?, ?, ?, ?, ?) returning id""")
				.params(servicePointId, day, closed, closed ? null : opens, closed ? null : closes, reason)
				.query(Long.class)
				.single();
		}
		catch (DataIntegrityViolationException overlap) {
			throw new RuleViolation("day", "editor.exception.overlap");
		}
		changes.changed("CREATED", "OpeningException", id, "Uitzondering op " + day + ": " + reason);
		return id;
	}

	/** Removes a special day entered by mistake (or no longer wanted): that day follows the weekly hours again. */
	@Transactional
	public void removeException(long servicePointId, long exceptionId, long version) {
		var day = jdbc.sql("""
				delete from dir_exception where id = ? and service_point_id = ? and version = ? returning day || ': ' || reason""")
			.params(exceptionId, servicePointId, version)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new ObjectOptimisticLockingFailureException("dir_exception", exceptionId));
		changes.changed("REMOVED", "OpeningException", exceptionId, "Afwijkende dag verwijderd: " + day);
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

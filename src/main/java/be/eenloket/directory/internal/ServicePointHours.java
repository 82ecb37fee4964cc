package be.eenloket.directory.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.shared.Period;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opening hours of a service point: weekly schedules valid for a period, and special days (closed, or other
 * hours), part of the {@link ServicePoint} aggregate: saving the week checks the service point's version. What the
 * editor's pages show of them is read with SQL.
 */
@Service
public class ServicePointHours {

	private final ServicePointRepository repository;

	private final JdbcClient jdbc;

	private final DirectoryChanges changes;

	ServicePointHours(ServicePointRepository repository, JdbcClient jdbc, DirectoryChanges changes) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.changes = changes;
	}

	@Transactional
	public long addSchedule(long servicePointId, String name, LocalDate from, LocalDate to, List<WeeklyHours.Slot> slots) {
		var schedule = point(servicePointId).addSchedule(name, new Period(from, to), slots);
		repository.flush();
		changes.changed("CREATED", "Schedule", schedule.id(), "Openingsuren '" + name + "' vanaf " + from);
		return schedule.id();
	}

	/**
	 * Replaces the weekly hours from {@code from} on: the schedule that covers that date ends the day before, a new
	 * one starts. Each day is text like "08:30-12:00, 13:30-16:00" (empty: closed), read by {@link WeeklyHours}.
	 */
	@Transactional
	public void replace(long servicePointId, long version, LocalDate from, List<String> days) {
		var week = WeeklyHours.parse(days);
		// the week belongs to the service point: two editors saving it at once, the second one is told
		var point = Versions.asSeen(repository, ServicePoint.class, servicePointId, version);
		var until = point.endScheduleOn(from);
		// the shortened schedule is written before the new one: the exclusion constraint checks every statement
		repository.flush();
		addSchedule(servicePointId, "Openingsuren", from, until, week.slots());
	}

	/**
	 * Adds a special day: closed, or open from {@code opens} to {@code closes}. Two special days of a desk may not
	 * overlap; the database's exclusion constraint stays the last line of defence, its refusal explained the same way.
	 */
	@Transactional
	public long addException(long servicePointId, LocalDate day, boolean closed, LocalTime opens, LocalTime closes,
			String reason) {
		var exception = point(servicePointId).addException(day, closed, opens, closes, reason);
		try {
			repository.flush();
		}
		catch (DataIntegrityViolationException overlap) {
			throw new RuleViolation("day", "editor.exception.overlap");
		}
		changes.changed("CREATED", "OpeningException", exception.id(), "Uitzondering op " + day + ": " + reason);
		return exception.id();
	}

	/** Removes a special day entered by mistake (or no longer wanted): that day follows the weekly hours again. */
	@Transactional
	public void removeException(long servicePointId, long exceptionId, long version) {
		var removed = point(servicePointId).removeException(exceptionId, version);
		changes.changed("REMOVED", "OpeningException", exceptionId,
				"Afwijkende dag verwijderd: " + removed.day() + ": " + removed.reason());
	}

	private ServicePoint point(long id) {
		return Versions.find(repository, ServicePoint.class, id);
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

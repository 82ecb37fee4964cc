package be.eenloket.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.eenloket.shared.DataChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the public directory in memory. Every change to directory data increments {@code dir_data_version} in
 * the same transaction and announces it on the {@code directory} channel ({@link DataChanges}, PostgreSQL
 * {@code LISTEN/NOTIFY}), so every instance reloads within milliseconds of the commit. Readers still compare the
 * version every {@value #SAFETY_INTERVAL_SECONDS} s, and every second while notices cannot arrive (a database restart). Reloading is a handful of queries, cheap even for thousands of
 * service points.
 */
@Service
public class DirectoryReadModel {

	static final long CHECK_INTERVAL_NANOS = 1_000_000_000L;

	static final long SAFETY_INTERVAL_SECONDS = 30;

	private final DataChanges changes;

	private final JdbcClient jdbc;

	private volatile DirectoryData data;

	private volatile long lastCheck;

	private final TransactionTemplate transaction;

	DirectoryReadModel(JdbcClient jdbc, PlatformTransactionManager transactionManager, DataChanges changes) {
		this.jdbc = jdbc;
		this.changes = changes;
		changes.subscribe(CHANNEL, this::invalidate);
		this.transaction = new TransactionTemplate(transactionManager);
		// one consistent view of all tables while loading
		this.transaction.setReadOnly(true);
		this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	public DirectoryData current() {
		var current = data;
		var now = System.nanoTime();
		var interval = changes.listening() ? SAFETY_INTERVAL_SECONDS * CHECK_INTERVAL_NANOS : CHECK_INTERVAL_NANOS;
		if (current == null || now - lastCheck > interval) {
			synchronized (this) {
				current = data;
				if (current == null || System.nanoTime() - lastCheck > interval) {
					var version = currentVersion();
					if (current == null || current.version() != version) {
						current = transaction.execute(status -> load());
						data = current;
					}
					lastCheck = System.nanoTime();
				}
			}
		}
		return current;
	}

	static final String CHANNEL = "directory";

	/** Forces the next read to check the version (after a change announced by any instance). */
	public void invalidate() {
		lastCheck = 0;
	}

	long currentVersion() {
		return jdbc.sql("select version from dir_data_version where id = 1").query(Long.class).single();
	}

	DirectoryData load() {
		var version = currentVersion();
		var buildings = jdbc.sql("select * from dir_building").query((rs, row) -> new DirectoryData.Building(rs.getLong("id"),
				rs.getString("slug"), rs.getString("name"), rs.getString("street"), rs.getString("house_number"),
				rs.getString("postal_code"), rs.getString("city"), rs.getString("entrance_notes"),
				rs.getBoolean("step_free_access"), rs.getBoolean("lift"), rs.getBoolean("disabled_parking"),
				rs.getString("accessibility_notes"), rs.getBoolean("active"), rs.getLong("version"))).list();
		var floors = jdbc.sql("select * from dir_floor").query((rs, row) -> new DirectoryData.Floor(rs.getLong("id"),
				rs.getLong("building_id"), rs.getInt("level"), rs.getString("display_name"), rs.getLong("version"))).list();
		var rooms = jdbc.sql("select * from dir_room").query((rs, row) -> new DirectoryData.Room(rs.getLong("id"),
				rs.getLong("floor_id"), rs.getString("name"), rs.getLong("version"))).list();
		var locations = group(jdbc.sql("select * from dir_location order by valid_from").query((rs, row) -> Map.entry(
				rs.getLong("service_point_id"), new DirectoryData.Location(rs.getLong("id"), rs.getLong("floor_id"),
						rs.getObject("room_id", Long.class), rs.getObject("valid_from", LocalDate.class),
						rs.getObject("valid_to", LocalDate.class), rs.getLong("version")))).list());
		var slots = group(jdbc.sql("select * from dir_slot order by day_of_week, opens").query((rs, row) -> Map.entry(
				rs.getLong("schedule_id"), new OpeningHours.Slot(DayOfWeek.of(rs.getInt("day_of_week")),
						rs.getObject("opens", LocalTime.class), rs.getObject("closes", LocalTime.class)))).list());
		var schedules = group(jdbc.sql("select * from dir_schedule order by valid_from").query((rs, row) -> Map.entry(
				rs.getLong("service_point_id"), new OpeningHours.Schedule(rs.getString("name"),
						rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
						slots.getOrDefault(rs.getLong("id"), List.of())))).list());
		var exceptions = group(jdbc.sql("select * from dir_exception order by day, opens").query((rs, row) -> Map.entry(
				rs.getLong("service_point_id"), new OpeningHours.Exception(rs.getObject("day", LocalDate.class),
						rs.getBoolean("closed"), rs.getObject("opens", LocalTime.class),
						rs.getObject("closes", LocalTime.class), rs.getString("reason")))).list());
		var links = jdbc.sql("select task_id, service_point_id from dir_task_service_point")
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		var tasksOfPoint = links.stream().collect(Collectors.groupingBy(link -> link[1],
				Collectors.mapping(link -> link[0], Collectors.toList())));
		var pointsOfTask = links.stream().collect(Collectors.groupingBy(link -> link[0],
				Collectors.mapping(link -> link[1], Collectors.toList())));
		var servicePoints = jdbc.sql("select * from dir_service_point").query((rs, row) -> servicePoint(rs,
				locations, schedules, exceptions, tasksOfPoint)).list();
		var tasks = jdbc.sql("select * from dir_task").query((rs, row) -> new DirectoryData.Task(rs.getLong("id"),
				rs.getString("slug"), rs.getString("name"), rs.getString("description"), rs.getString("what_to_bring"),
				rs.getString("cost"), rs.getBoolean("appointment_needed"), rs.getString("keywords"),
				rs.getString("keywords_en"), rs.getInt("popularity"), rs.getBoolean("active"), rs.getLong("version"),
				List.copyOf(pointsOfTask.getOrDefault(rs.getLong("id"), List.of())))).list();
		return new DirectoryData(version, byId(buildings, DirectoryData.Building::id), byId(floors, DirectoryData.Floor::id),
				byId(rooms, DirectoryData.Room::id), byId(servicePoints, DirectoryData.ServicePoint::id),
				byKey(servicePoints, DirectoryData.ServicePoint::slug), byId(tasks, DirectoryData.Task::id),
				byKey(tasks, DirectoryData.Task::slug), byKey(buildings, DirectoryData.Building::slug));
	}

	private static DirectoryData.ServicePoint servicePoint(ResultSet rs, Map<Long, List<DirectoryData.Location>> locations,
			Map<Long, List<OpeningHours.Schedule>> schedules, Map<Long, List<OpeningHours.Exception>> exceptions,
			Map<Long, List<Long>> tasks) throws SQLException {
		var id = rs.getLong("id");
		return new DirectoryData.ServicePoint(id, rs.getString("slug"), rs.getString("name"), rs.getLong("unit_id"),
				rs.getString("description"), rs.getString("phone"), rs.getString("email"), rs.getString("website"),
				rs.getBoolean("by_appointment"), rs.getString("keywords"), rs.getString("keywords_en"), rs.getBoolean("active"),
				rs.getLong("version"), List.copyOf(locations.getOrDefault(id, List.of())),
				new OpeningHours(schedules.getOrDefault(id, List.of()), exceptions.getOrDefault(id, List.of())),
				List.copyOf(tasks.getOrDefault(id, List.of())), rs.getObject("unit_closed_on", LocalDate.class));
	}

	private static <T> Map<Long, List<T>> group(List<Map.Entry<Long, T>> entries) {
		var result = new HashMap<Long, List<T>>();
		for (var entry : entries) {
			result.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue());
		}
		return result;
	}

	private static <T> Map<Long, T> byId(List<T> values, Function<T, Long> id) {
		return Map.copyOf(values.stream().collect(Collectors.toMap(id, Function.identity())));
	}

	private static <T> Map<String, T> byKey(List<T> values, Function<T, String> key) {
		return Map.copyOf(values.stream().collect(Collectors.toMap(key, Function.identity())));
	}

}

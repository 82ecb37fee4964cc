package be.eenloket.directory.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import be.eenloket.identity.AuditLog;
import be.eenloket.shared.DataChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes directory data. Every write bumps {@code dir_data_version} in its transaction and, once committed,
 * tells the in-memory read model to reload, so the public pages show the change within a request.
 */
@Service
public class DirectoryManagement {

	private final JdbcClient jdbc;

	private final DirectoryReadModel readModel;

	private final AuditLog audit;

	private final DataChanges dataChanges;

	DirectoryManagement(JdbcClient jdbc, DirectoryReadModel readModel, AuditLog audit, DataChanges dataChanges) {
		this.jdbc = jdbc;
		this.dataChanges = dataChanges;
		this.readModel = readModel;
		this.audit = audit;
	}

	public record BuildingValues(String slug, String name, String street, String houseNumber, String postalCode,
			String city, String entranceNotes, boolean stepFreeAccess, boolean lift, boolean disabledParking,
			String accessibilityNotes) {
	}

	@Transactional
	public long createBuilding(BuildingValues values) {
		var id = jdbc.sql("""
				insert into dir_building (slug, name, street, house_number, postal_code, city, entrance_notes,
				    step_free_access, lift, disabled_parking, accessibility_notes)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(values.slug(), values.name(), values.street(), values.houseNumber(), values.postalCode(),
					values.city(), values.entranceNotes(), values.stepFreeAccess(), values.lift(),
					values.disabledParking(), values.accessibilityNotes())
			.query(Long.class)
			.single();
		changed("CREATED", "Building", id, "Gebouw " + values.name() + " toegevoegd");
		return id;
	}

	@Transactional
	public long createFloor(long buildingId, int level, String displayName) {
		var id = jdbc.sql("insert into dir_floor (building_id, level, display_name) values (?, ?, ?) returning id")
			.params(buildingId, level, displayName)
			.query(Long.class)
			.single();
		changed("CREATED", "Floor", id, "Verdieping " + displayName + " (niveau " + level + ") toegevoegd");
		return id;
	}

	@Transactional
	public long createRoom(long floorId, String name) {
		var id = jdbc.sql("insert into dir_room (floor_id, name) values (?, ?) returning id")
			.params(floorId, name)
			.query(Long.class)
			.single();
		changed("CREATED", "Room", id, "Lokaal " + name + " toegevoegd");
		return id;
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
	public long createServicePoint(ServicePointValues values, long floorId, Long roomId, LocalDate from) {
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
		changed("CREATED", "ServicePoint", id, "Dienstverleningspunt " + values.name() + " toegevoegd");
		return id;
	}

	/** Schedules a move: from {@code date} on, the service point is on another floor or in another room. */
	@Transactional
	public void relocate(long servicePointId, long floorId, Long roomId, LocalDate date) {
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
		jdbc.sql("insert into dir_location (service_point_id, floor_id, room_id, valid_from, valid_to) values (?, ?, ?, ?, ?)")
			.params(servicePointId, floorId, roomId, date, until)
			.update();
		changed("RELOCATED", "ServicePoint", servicePointId, "Verhuis gepland vanaf " + date + " naar verdieping #" + floorId
				+ (roomId == null ? "" : ", lokaal #" + roomId));
	}

	public record SlotValues(int dayOfWeek, LocalTime opens, LocalTime closes) {
	}

	@Transactional
	public long addSchedule(long servicePointId, String name, LocalDate from, LocalDate to, List<SlotValues> slots) {
		var id = jdbc.sql("insert into dir_schedule (service_point_id, name, valid_from, valid_to) values (?, ?, ?, ?) returning id")
			.params(servicePointId, name, from, to)
			.query(Long.class)
			.single();
		for (var slot : slots) {
			jdbc.sql("insert into dir_slot (schedule_id, day_of_week, opens, closes) values (?, ?, ?, ?)")
				.params(id, slot.dayOfWeek(), slot.opens(), slot.closes())
				.update();
		}
		changed("CREATED", "Schedule", id, "Openingsuren '" + name + "' vanaf " + from);
		return id;
	}

	@Transactional
	public long addException(long servicePointId, LocalDate day, boolean closed, LocalTime opens, LocalTime closes,
			String reason) {
		var id = jdbc.sql("""
				insert into dir_exception (service_point_id, day, closed, opens, closes, reason)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(servicePointId, day, closed, opens, closes, reason)
			.query(Long.class)
			.single();
		changed("CREATED", "OpeningException", id, "Uitzondering op " + day + ": " + reason);
		return id;
	}

	/** @param keywordsEn English search words (citizens who search in English), separated by spaces */
	public record TaskValues(String slug, String name, String description, String whatToBring, String cost,
			boolean appointmentNeeded, String keywords, String keywordsEn, int popularity) {

		public TaskValues(String slug, String name, String description, String whatToBring, String cost,
				boolean appointmentNeeded, String keywords, int popularity) {
			this(slug, name, description, whatToBring, cost, appointmentNeeded, keywords, "", popularity);
		}

	}

	@Transactional
	public long createTask(TaskValues values, List<Long> servicePointIds) {
		var id = jdbc.sql("""
				insert into dir_task (slug, name, description, what_to_bring, cost, appointment_needed, keywords, keywords_en,
				    popularity)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(values.slug(), values.name(), values.description(), values.whatToBring(), values.cost(),
					values.appointmentNeeded(), values.keywords(), values.keywordsEn() == null ? "" : values.keywordsEn(),
					values.popularity())
			.query(Long.class)
			.single();
		for (var servicePointId : servicePointIds) {
			jdbc.sql("insert into dir_task_service_point (task_id, service_point_id) values (?, ?)")
				.params(id, servicePointId)
				.update();
		}
		changed("CREATED", "Task", id, "Product " + values.name() + " toegevoegd");
		return id;
	}

	/** Bumps the data version and audits; the read model reloads after commit. */
	void changed(String action, String recordType, Object recordId, String summary) {
		jdbc.sql("update dir_data_version set version = version + 1 where id = 1").update();
		// every instance (this one included) reloads when PostgreSQL delivers the notice at commit
		dataChanges.announce(DirectoryReadModel.CHANNEL);
		audit.record("directory", action, recordType, recordId, summary);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					readModel.invalidate();
				}
			});
		}
	}

}

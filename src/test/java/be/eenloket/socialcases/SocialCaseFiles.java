package be.eenloket.socialcases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import be.eenloket.identity.Role;
import be.eenloket.socialcases.internal.CaseFiles;
import be.eenloket.socialcases.internal.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data: intakes taken in charge and case files opened from them, the way the social service does it. */
class SocialCaseFiles {

	private final JdbcClient jdbc;

	private final CaseFiles caseFiles;

	SocialCaseFiles(JdbcClient jdbc, CaseFiles caseFiles) {
		this.jdbc = jdbc;
		this.caseFiles = caseFiles;
	}

	/** A new file for a new person, handled by {@code worker}, with one request received on {@code receivedOn}. */
	long openedFor(String worker, LocalDate receivedOn) {
		var intake = takenIntake(worker, TestPeople.nextNrn(), "Test", "Persoon" + UUID.randomUUID().toString().substring(0, 6),
				receivedOn);
		return caseFiles.openFromIntake(intake, new Viewer(worker, java.util.EnumSet.of(Role.SOCIAL_WORKER)));
	}

	long takenIntake(String worker, String nrn, String firstName, String lastName, LocalDate receivedOn) {
		var requestId = UUID.randomUUID();
		var requestedAt = LocalDateTime.of(receivedOn, LocalTime.of(10, 0));
		return jdbc.sql("""
				insert into sc_intake (request_id, register_number, requested_at, decision_deadline, first_name,
				    last_name, birth_date, national_register_number, language, type, registered_by, received_at,
				    status, assigned_to, taken_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'nl', 'LEEFLOON', 'onthaal', ?, 'TAKEN', ?, ?)
				returning id""")
			.params(requestId, "T-" + requestId.toString().substring(0, 8), requestedAt, receivedOn.plusDays(30),
					firstName, lastName, LocalDate.of(1980, 5, 17), nrn, OffsetDateTime.now(), worker,
					OffsetDateTime.now())
			.query(Long.class)
			.single();
	}

}

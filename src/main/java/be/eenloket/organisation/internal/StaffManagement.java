package be.eenloket.organisation.internal;

import be.eenloket.kernel.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;

import be.eenloket.identity.AuditLog;
import be.eenloket.identity.StaffAccounts;
import be.eenloket.organisation.PositionKind;
import be.eenloket.shared.LegalEntities;
import be.eenloket.shared.Period;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Positions in units, staff members and their assignments, with the organogram's rules. Every change is audited. */
@Service
public class StaffManagement {

	static final BigDecimal ONE = BigDecimal.ONE;

	/** A grade of the Flemish local government scales: A1a, B4, C1-3 and so on. */
	public static final String GRADE_PATTERN = "^[A-E][0-9][a-z]?(-[0-9][a-z]?)?$";

	private final JdbcClient jdbc;

	private final Snapshots snapshots;

	private final LegalEntities legalEntities;

	private final AuditLog audit;

	private final StaffAccounts accounts;

	private final PersonRepository people;

	private final PositionRepository positions;

	private final AssignmentRepository assignments;

	StaffManagement(JdbcClient jdbc, Snapshots snapshots, LegalEntities legalEntities, AuditLog audit,
			StaffAccounts accounts, PersonRepository people, PositionRepository positions,
			AssignmentRepository assignments) {
		this.people = people;
		this.positions = positions;
		this.assignments = assignments;
		this.jdbc = jdbc;
		this.snapshots = snapshots;
		this.legalEntities = legalEntities;
		this.audit = audit;
		this.accounts = accounts;
	}

	/** Adds a position to a unit from {@code validFrom}; a unit has at most one head and one deputy position. */
	@Transactional
	public long createPosition(long unitId, PositionKind kind, String title, String grade, LocalDate validFrom) {
		var snapshot = snapshots.asOf(validFrom);
		var unit = snapshot.unit(unitId).orElseThrow(() -> new RuleViolation("validFrom", "unit.notOnDate", validFrom));
		var position = new Position(unitId, kind, title, grade, validFrom);
		if (kind.singleHolder()) {
			var existing = jdbc.sql("""
					select count(*) from org_position where unit_id = ? and kind = ?
					and (valid_to is null or valid_to > ?)""")
				.params(unitId, kind.name(), validFrom)
				.query(Long.class)
				.single();
			RuleViolation.require(existing == 0, "kind", "position.lead.exists." + kind.name(), unit.name());
		}
		// the exclusion constraint refuses a second head or deputy added at the same moment
		var id = saveChecked(positions, position, new RuleViolation("kind", "position.lead.exists." + kind.name(),
				unit.name())).id();
		audit.record("organisation", "CREATED", "Position", id,
				"Functie " + position.title() + " (" + kind + ") in " + unit.code() + " vanaf " + validFrom);
		return id;
	}

	@Transactional
	public long createPerson(String firstName, String lastName, String workEmail, String internalPhone, String employer) {
		return createPerson(firstName, lastName, workEmail, internalPhone, employer, null);
	}

	/** Adds a staff member; {@code accountUsername}, when given, links the staff account they log in with. */
	@Transactional
	public long createPerson(String firstName, String lastName, String workEmail, String internalPhone, String employer,
			String accountUsername) {
		var account = accountName(accountUsername);
		checkPerson(firstName, lastName, workEmail, employer, account, null);
		var id = people.saveAndFlush(new Person(new Person.Values(firstName, lastName, workEmail, internalPhone, employer,
				account))).id();
		audit.record("organisation", "CREATED", "Person", id,
				"Medewerker " + firstName.trim() + " " + lastName.trim() + " (werkgever " + employer + ") toegevoegd"
						+ (account == null ? "" : "; account " + account));
		return id;
	}

	@Transactional
	public void updatePerson(long id, long version, String firstName, String lastName, String workEmail,
			String internalPhone, String employer, String accountUsername) {
		var account = accountName(accountUsername);
		checkPerson(firstName, lastName, workEmail, employer, account, id);
		var person = people.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		person.requireVersion(version);
		person.update(new Person.Values(firstName, lastName, workEmail, internalPhone, employer, account));
		people.flush();
		audit.record("organisation", "UPDATED", "Person", id,
				"Medewerker " + firstName.trim() + " " + lastName.trim() + " gewijzigd (werkgever " + employer
						+ (account == null ? "; geen account" : "; account " + account) + ")");
	}

	/** Usernames are lower case; what the secretariat types (trimmed, blank as null) is lowered. */
	private static String accountName(String typed) {
		return typed == null ? null : typed.toLowerCase(java.util.Locale.ROOT);
	}

	private void checkPerson(String firstName, String lastName, String workEmail, String employer, String account,
			Long id) {
		if (account != null) {
			if (!account.matches("^[a-z0-9][a-z0-9._-]{1,59}$")) {
				throw new RuleViolation("accountUsername", "person.account.format");
			}
			if (!accounts.exists(account)) {
				throw new RuleViolation("accountUsername", "person.account.unknown", account);
			}
			var linked = jdbc.sql("select first_name || ' ' || last_name from org_person where account_username = ? and id <> coalesce(?, -1)")
				.params(account, id)
				.query(String.class)
				.optional();
			if (linked.isPresent()) {
				throw new RuleViolation("accountUsername", "person.account.taken", linked.get());
			}
		}
		if (firstName == null || firstName.isBlank()) {
			throw new RuleViolation("firstName", "person.firstName.required");
		}
		if (lastName == null || lastName.isBlank()) {
			throw new RuleViolation("lastName", "person.lastName.required");
		}
		if (workEmail != null && !workEmail.isBlank()) {
			if (!workEmail.trim().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
				throw new RuleViolation("workEmail", "person.workEmail.format");
			}
			var taken = jdbc.sql("select count(*) from org_person where lower(work_email) = lower(?) and id <> coalesce(?, -1)")
				.params(workEmail.trim(), id)
				.query(Long.class)
				.single();
			if (taken > 0) {
				throw new RuleViolation("workEmail", "person.workEmail.taken");
			}
		}
		if (employer == null || legalEntities.byCode(employer).isEmpty()) {
			throw new RuleViolation("employer", "person.employer.required");
		}
	}

	/**
	 * Assigns a person to a position. A head or deputy position has one holder at a time; an assignment is at most
	 * one FTE (0 for a role without working time of its own, such as a seat on the management team), and a person's assignments together may exceed one FTE only when {@code confirmedOverOne}.
	 */
	@Transactional
	public long assign(long personId, long positionId, BigDecimal fte, LocalDate validFrom, LocalDate validTo,
			boolean confirmedOverOne) {
		Assignment.checkFte(fte);
		var period = Assignment.period(validFrom, validTo);
		var position = positions.findById(positionId)
			.filter(found -> found.view().period().covers(validFrom))
			.orElseThrow(() -> new RuleViolation("validFrom", "assignment.position.notOnDate", validFrom));
		var assignment = new Assignment(personId, position, fte, period);
		if (position.kind().singleHolder()) {
			var holder = jdbc.sql("""
					select pe.first_name || ' ' || pe.last_name from org_assignment a join org_person pe on pe.id = a.person_id
					where a.position_id = ? and daterange(a.valid_from, a.valid_to) && daterange(?::date, ?::date)
					limit 1""")
				.params(positionId, validFrom, validTo)
				.query(String.class)
				.optional();
			if (holder.isPresent()) {
				throw new RuleViolation("positionId", "assignment.position.taken", holder.get());
			}
		}
		// A person's total is constant between the start dates of their assignments, so its maximum over the new
		// period is found at the new period's start or at a start date inside it.
		var highestExisting = jdbc.sql("""
				select coalesce(max((select coalesce(sum(a.fte), 0) from org_assignment a
				                     where a.person_id = :person and daterange(a.valid_from, a.valid_to) @> point.day)), 0)
				from (select cast(:from as date) as day
				      union select valid_from from org_assignment
				      where person_id = :person and daterange(cast(:from as date), cast(:to as date)) @> valid_from) point""")
			.param("person", personId)
			.param("from", validFrom)
			.param("to", validTo)
			.query(BigDecimal.class)
			.single();
		var total = highestExisting.add(fte);
		if (total.compareTo(ONE) > 0 && !confirmedOverOne) {
			// a number, not text, so the message shows it the reader's way: 1,5 in Dutch, 1.5 in English
			throw new RuleViolation("fte", "assignment.fte.overOne", total.stripTrailingZeros());
		}
		// the exclusion constraint refuses a second holder given the position at the same moment
		var id = saveChecked(assignments, assignment, new RuleViolation("personId", "assignment.position.takenConcurrently"))
			.id();
		audit.record("organisation", "CREATED", "Assignment", id, "Medewerker #" + personId + " toegewezen aan functie "
				+ position.title() + " (" + fte.stripTrailingZeros().toPlainString() + " VTE) vanaf " + validFrom
				+ (validTo == null ? "" : " tot " + validTo) + (total.compareTo(ONE) > 0 ? "; totaal boven 1 VTE bevestigd" : ""));
		return id;
	}

	/** A position as its edit page shows it. */
	public record PositionView(long id, long unitId, PositionKind kind, String title, String grade, LocalDate validFrom,
			LocalDate validTo, long version) {

		public Period period() {
			return new Period(validFrom, validTo);
		}

	}

	@Transactional(readOnly = true)
	public java.util.Optional<PositionView> position(long id) {
		return positions.findById(id).map(Position::view);
	}

	/**
	 * Corrects a position's title and grade, as if they had always been so (a renamed function from a date on is a
	 * new position: end this one and add the other).
	 */
	@Transactional
	public void correctPosition(long id, long version, String title, String grade) {
		var position = positions.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		position.requireVersion(version);
		position.correct(title, grade);
		positions.flush();
		audit.record("organisation", "CORRECTED", "Position", id, "Functie gecorrigeerd: " + title.trim()
				+ (grade == null || grade.isBlank() ? "" : " (" + grade.trim() + ")"));
	}

	/**
	 * Ends a position: from {@code date} on the unit no longer has it. Refused while someone still holds it on or
	 * after that date; the message names them, so their assignments are ended (or moved) first.
	 */
	@Transactional
	public void endPosition(long id, long version, LocalDate date) {
		var position = positions.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		position.end(date);
		var holders = jdbc.sql("""
				select distinct pe.first_name || ' ' || pe.last_name from org_assignment a
				join org_person pe on pe.id = a.person_id
				where a.position_id = ? and (a.valid_to is null or a.valid_to > ?) order by 1""")
			.params(id, date)
			.query(String.class)
			.list();
		if (!holders.isEmpty()) {
			throw new RuleViolation("date", "position.end.held", String.join(", ", holders));
		}
		position.requireVersion(version);
		positions.flush();
		audit.record("organisation", "ENDED", "Position", id, "Functie " + position.title() + " beëindigd vanaf " + date);
	}

	/** Ends an assignment: from {@code date} on, the person no longer holds the position. */
	@Transactional
	public void endAssignment(long assignmentId, long version, LocalDate date) {
		var assignment = assignments.findById(assignmentId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		assignment.end(date);
		assignment.requireVersion(version);
		assignments.flush();
		audit.record("organisation", "ENDED", "Assignment", assignmentId, "Toewijzing beëindigd vanaf " + date);
	}

	/** A moving staff member: what a staff move keeps (their FTE and end) when it ends the assignment. */
	record Holding(long personId, BigDecimal fte, LocalDate validTo) {
	}

	@Transactional(readOnly = true)
	Holding holding(long assignmentId) {
		var assignment = assignments.findById(assignmentId).orElseThrow();
		return new Holding(assignment.personId(), assignment.fte(), assignment.validTo());
	}

	/** An assignment as its end page shows it (a read across person and position). */
	public record AssignmentSummary(long id, long version, String person, String title, long unitId) {
	}

	@Transactional(readOnly = true)
	public java.util.Optional<AssignmentSummary> assignmentSummary(long id) {
		return jdbc.sql("""
				select a.id, a.version, pe.first_name || ' ' || pe.last_name as person, p.title, p.unit_id
				from org_assignment a join org_person pe on pe.id = a.person_id join org_position p on p.id = a.position_id
				where a.id = ?""")
			.param(id)
			.query((rs, row) -> new AssignmentSummary(rs.getLong("id"), rs.getLong("version"), rs.getString("person"),
					rs.getString("title"), rs.getLong("unit_id")))
			.optional();
	}

	/**
	 * Saves and flushes at once, so a PostgreSQL exclusion constraint that a concurrent user's change trips becomes
	 * the rule's message by the field instead of an error page.
	 */
	private static <T> T saveChecked(JpaRepository<T, Long> repository, T entity, RuleViolation whenRefused) {
		try {
			return repository.saveAndFlush(entity);
		}
		catch (DataIntegrityViolationException refused) {
			throw whenRefused;
		}
	}

}

package be.eenloket.organisation.internal;

import be.eenloket.shared.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;

import be.eenloket.identity.AuditLog;
import be.eenloket.identity.StaffAccounts;
import be.eenloket.organisation.PositionKind;
import be.eenloket.shared.LegalEntities;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	StaffManagement(JdbcClient jdbc, Snapshots snapshots, LegalEntities legalEntities, AuditLog audit,
			StaffAccounts accounts) {
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
		if (title == null || title.isBlank()) {
			throw new RuleViolation("title", "position.title.required");
		}
		if (grade != null && !grade.isBlank() && !grade.trim().matches(GRADE_PATTERN)) {
			throw new RuleViolation("grade", "position.grade.format");
		}
		if (kind.singleHolder()) {
			var existing = jdbc.sql("""
					select count(*) from org_position where unit_id = ? and kind = ?
					and (valid_to is null or valid_to > ?)""")
				.params(unitId, kind.name(), validFrom)
				.query(Long.class)
				.single();
			if (existing > 0) {
				throw new RuleViolation("kind", "position.lead.exists." + kind.name(), unit.name());
			}
		}
		long id;
		try {
			id = jdbc.sql("insert into org_position (unit_id, kind, title, grade, valid_from) values (?, ?, ?, ?, ?) returning id")
				.params(unitId, kind.name(), title.trim(), UnitManagement.blankToNull(grade), validFrom)
				.query(Long.class)
				.single();
		}
		catch (DataIntegrityViolationException concurrentLead) {
			// the exclusion constraint: another head or deputy position was added at the same moment
			throw new RuleViolation("kind", "position.lead.exists." + kind.name(), unit.name());
		}
		audit.record("organisation", "CREATED", "Position", id,
				"Functie " + title.trim() + " (" + kind + ") in " + unit.code() + " vanaf " + validFrom);
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
		var id = jdbc.sql("""
				insert into org_person (first_name, last_name, work_email, internal_phone, employer, account_username)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(firstName.trim(), lastName.trim(), UnitManagement.blankToNull(workEmail),
					UnitManagement.blankToNull(internalPhone), employer, account)
			.query(Long.class)
			.single();
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
		var updated = jdbc.sql("""
				update org_person set first_name = ?, last_name = ?, work_email = ?, internal_phone = ?, employer = ?,
				    account_username = ?, version = version + 1 where id = ? and version = ?""")
			.params(firstName.trim(), lastName.trim(), UnitManagement.blankToNull(workEmail),
					UnitManagement.blankToNull(internalPhone), employer, account, id, version)
			.update();
		if (updated != 1) {
			throw new ObjectOptimisticLockingFailureException("org_person", id);
		}
		audit.record("organisation", "UPDATED", "Person", id,
				"Medewerker " + firstName.trim() + " " + lastName.trim() + " gewijzigd (werkgever " + employer
						+ (account == null ? "; geen account" : "; account " + account) + ")");
	}

	/** Usernames are lower case; what the secretariat types is trimmed and lowered, blank means no account. */
	private static String accountName(String typed) {
		var account = UnitManagement.blankToNull(typed);
		return account == null ? null : account.strip().toLowerCase(java.util.Locale.ROOT);
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
		if (fte == null || fte.signum() < 0 || fte.compareTo(ONE) > 0) {
			throw new RuleViolation("fte", "assignment.fte.range");
		}
		if (fte.scale() > 2 && fte.stripTrailingZeros().scale() > 2) {
			throw new RuleViolation("fte", "assignment.fte.precision");
		}
		if (validTo != null && !validTo.isAfter(validFrom)) {
			throw new RuleViolation("validTo", "period.endBeforeStart");
		}
		var position = jdbc.sql("""
				select p.id, p.kind, p.title, p.unit_id from org_position p
				where p.id = ? and daterange(p.valid_from, p.valid_to) @> ?::date""")
			.params(positionId, validFrom)
			.query((rs, row) -> new Object[] { PositionKind.valueOf(rs.getString("kind")), rs.getString("title") })
			.optional()
			.orElseThrow(() -> new RuleViolation("validFrom", "assignment.position.notOnDate", validFrom));
		var kind = (PositionKind) position[0];
		if (kind.singleHolder()) {
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
		long id;
		try {
			id = jdbc.sql("""
					insert into org_assignment (person_id, position_id, fte, valid_from, valid_to, single_holder)
					values (?, ?, ?, ?, ?, ?) returning id""")
				.params(personId, positionId, fte, validFrom, validTo, kind.singleHolder())
				.query(Long.class)
				.single();
		}
		catch (DataIntegrityViolationException concurrentHolder) {
			// the exclusion constraint: someone else was given this head or deputy position at the same moment
			throw new RuleViolation("personId", "assignment.position.takenConcurrently");
		}
		audit.record("organisation", "CREATED", "Assignment", id, "Medewerker #" + personId + " toegewezen aan functie "
				+ position[1] + " (" + fte.stripTrailingZeros().toPlainString() + " VTE) vanaf " + validFrom
				+ (validTo == null ? "" : " tot " + validTo) + (total.compareTo(ONE) > 0 ? "; totaal boven 1 VTE bevestigd" : ""));
		return id;
	}

	/** A position as its edit page shows it. */
	public record PositionView(long id, long unitId, PositionKind kind, String title, String grade, LocalDate validFrom,
			LocalDate validTo, long version) {
	}

	@Transactional(readOnly = true)
	public java.util.Optional<PositionView> position(long id) {
		return jdbc.sql("select id, unit_id, kind, title, grade, valid_from, valid_to, version from org_position where id = ?")
			.param(id)
			.query((rs, row) -> new PositionView(rs.getLong("id"), rs.getLong("unit_id"),
					PositionKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("grade"),
					rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
					rs.getLong("version")))
			.optional();
	}

	/**
	 * Corrects a position's title and grade, as if they had always been so (a renamed function from a date on is a
	 * new position: end this one and add the other).
	 */
	@Transactional
	public void correctPosition(long id, long version, String title, String grade) {
		if (title == null || title.isBlank()) {
			throw new RuleViolation("title", "position.title.required");
		}
		if (grade != null && !grade.isBlank() && !grade.trim().matches(GRADE_PATTERN)) {
			throw new RuleViolation("grade", "position.grade.format");
		}
		var updated = jdbc.sql("update org_position set title = ?, grade = ?, version = version + 1 where id = ? and version = ?")
			.params(title.trim(), UnitManagement.blankToNull(grade), id, version)
			.update();
		if (updated != 1) {
			throw new ObjectOptimisticLockingFailureException("org_position", id);
		}
		audit.record("organisation", "CORRECTED", "Position", id, "Functie gecorrigeerd: " + title.trim()
				+ (grade == null || grade.isBlank() ? "" : " (" + grade.trim() + ")"));
	}

	/**
	 * Ends a position: from {@code date} on the unit no longer has it. Refused while someone still holds it on or
	 * after that date; the message names them, so their assignments are ended (or moved) first.
	 */
	@Transactional
	public void endPosition(long id, long version, LocalDate date) {
		var position = position(id).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
		if (!date.isAfter(position.validFrom())) {
			throw new RuleViolation("date", "period.endBeforeStart");
		}
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
		var updated = jdbc.sql("update org_position set valid_to = ?, version = version + 1 where id = ? and version = ?")
			.params(date, id, version)
			.update();
		if (updated != 1) {
			throw new ObjectOptimisticLockingFailureException("org_position", id);
		}
		audit.record("organisation", "ENDED", "Position", id, "Functie " + position.title() + " beëindigd vanaf " + date);
	}

	/** Ends an assignment: from {@code date} on, the person no longer holds the position. */
	@Transactional
	public void endAssignment(long assignmentId, long version, LocalDate date) {
		var validFrom = jdbc.sql("select valid_from from org_assignment where id = ?")
			.param(assignmentId)
			.query(LocalDate.class)
			.optional()
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
		if (!date.isAfter(validFrom)) {
			throw new RuleViolation("date", "period.endBeforeStart");
		}
		var updated = jdbc.sql("update org_assignment set valid_to = ?, version = version + 1 where id = ? and version = ?")
			.params(date, assignmentId, version)
			.update();
		if (updated != 1) {
			throw new ObjectOptimisticLockingFailureException("org_assignment", assignmentId);
		}
		audit.record("organisation", "ENDED", "Assignment", assignmentId, "Toewijzing beëindigd vanaf " + date);
	}

}

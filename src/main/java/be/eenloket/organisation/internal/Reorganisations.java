package be.eenloket.organisation.internal;

import be.eenloket.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import be.eenloket.identity.AuditLog;
import be.eenloket.organisation.PositionKind;
import be.eenloket.organisation.UnitType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reorganisations: a named draft of changes with an effective date, previewed against today, approved by the
 * algemeen directeur with the council decision, and then written as dated changes. Because every change is a
 * period starting on the effective date, the new organogram takes effect on that date without any further step.
 */
@Service
public class Reorganisations {

	public enum Status {

		DRAFT, APPROVED, CANCELLED

	}

	public enum ChangeKind {

		MOVE, RENAME, CREATE, CLOSE, ENTITIES, MOVE_STAFF;

		/**
		 * The order in which a draft's changes are applied, whatever order they were added in: new units first (in
		 * the order they were added, so a new unit can sit under another new one), then the rest of the structure
		 * (which may place units under the new ones), then staff moves (into units that exist by then), then closures
		 * (of units the moves have emptied).
		 */
		int phase() {
			return switch (this) {
				case CREATE -> 0;
				case MOVE_STAFF -> 2;
				case CLOSE -> 3;
				default -> 1;
			};
		}

	}

	/**
	 * One change of a draft. Unit changes use {@code unitId} and the {@code new*} fields; the new parent is either
	 * an existing unit ({@code newParentId}) or a unit this draft creates ({@code newParentChangeId}, the CREATE
	 * change); a CREATE may also give the new unit its head position ({@code newHeadTitle}, {@code newHeadGrade}).
	 * A staff move uses {@code assignmentId} (the assignment that ends on the effective date) and either
	 * {@code targetPositionId} or {@code targetChangeId}: the head position of a unit this draft creates.
	 * {@code createdUnitId} and {@code createdPositionId} are what an approved CREATE change made.
	 */
	public record Change(long id, ChangeKind kind, Long unitId, String newCode, String newName, UnitType newType,
			Long newParentId, Long newParentChangeId, List<String> newLegalEntities, String newHeadTitle,
			String newHeadGrade, Long basedOnPeriodId, Long basedOnVersion, Long assignmentId, Long targetPositionId,
			Long targetChangeId, Long basedOnAssignmentVersion, Long createdUnitId, Long createdPositionId) {

		/** The target of a staff move as the preview's organogram knows it (see {@link #createdUnitKey(long)}). */
		public Long targetKey() {
			return targetPositionId != null ? targetPositionId
					: targetChangeId == null ? null : createdUnitKey(targetChangeId);
		}

		/**
		 * The new parent as the preview's organogram knows it: an existing unit's id, or, for a unit this draft
		 * creates, the key of its CREATE change (see {@link #createdUnitKey(long)}).
		 */
		public Long parentKey() {
			return newParentId != null ? newParentId : newParentChangeId == null ? null : createdUnitKey(newParentChangeId);
		}

	}

	/**
	 * The id under which the preview's organogram (and the forms) know the unit that CREATE change {@code changeId}
	 * will make, and its head position if it has one: negative, so it never collides with an existing id.
	 */
	public static long createdUnitKey(long changeId) {
		return -changeId;
	}

	public record Reorganisation(long id, String name, LocalDate effectiveDate, Status status, String preparedBy,
			OffsetDateTime preparedAt, LocalDate councilDecisionDate, String councilDecisionNumber, String approvedBy,
			OffsetDateTime approvedAt, long version, List<Change> changes) {

		public boolean inEffectOn(LocalDate date) {
			return status == Status.APPROVED && !date.isBefore(effectiveDate);
		}

	}

	/** The organogram today, on the effective date without the draft, and with it; plus what stands in the way. */
	public record Preview(Snapshot today, Snapshot after, List<Problem> problems, List<Problem> conflicts) {

		public boolean canBeApproved() {
			return problems.isEmpty() && conflicts.isEmpty();
		}

	}

	/** A message key with arguments, rendered by the page. */
	public record Problem(String messageKey, List<Object> arguments) {

		static Problem of(String key, Object... arguments) {
			return new Problem(key, List.of(arguments));
		}

	}

	private final JdbcClient jdbc;

	private final Snapshots snapshots;

	private final UnitManagement units;

	private final AuditLog audit;

	private final Clock clock;

	private final StaffManagement staff;

	Reorganisations(JdbcClient jdbc, Snapshots snapshots, UnitManagement units, AuditLog audit, Clock clock,
			StaffManagement staff) {
		this.staff = staff;
		this.jdbc = jdbc;
		this.snapshots = snapshots;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Reorganisation> all() {
		return jdbc.sql("select id from org_reorganisation order by effective_date desc, id desc")
			.query(Long.class)
			.list()
			.stream()
			.map(id -> find(id).orElseThrow())
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<Reorganisation> find(long id) {
		var changes = jdbc.sql("""
				select id, kind, unit_id, new_code, new_name, new_type, new_parent_id, new_parent_change_id,
				       new_legal_entities, new_head_title, new_head_grade, based_on_period_id, based_on_version,
				       assignment_id, target_position_id, target_change_id, based_on_assignment_version,
				       created_unit_id, created_position_id
				from org_reorganisation_change where reorganisation_id = ? order by id""")
			.param(id)
			.query((rs, row) -> new Change(rs.getLong("id"), ChangeKind.valueOf(rs.getString("kind")),
					rs.getObject("unit_id", Long.class), rs.getString("new_code"), rs.getString("new_name"),
					rs.getString("new_type") == null ? null : UnitType.valueOf(rs.getString("new_type")),
					rs.getObject("new_parent_id", Long.class), rs.getObject("new_parent_change_id", Long.class),
					Snapshots.strings(rs.getArray("new_legal_entities")), rs.getString("new_head_title"),
					rs.getString("new_head_grade"), rs.getObject("based_on_period_id", Long.class),
					rs.getObject("based_on_version", Long.class), rs.getObject("assignment_id", Long.class),
					rs.getObject("target_position_id", Long.class), rs.getObject("target_change_id", Long.class),
					rs.getObject("based_on_assignment_version", Long.class), rs.getObject("created_unit_id", Long.class),
					rs.getObject("created_position_id", Long.class)))
			.list();
		return jdbc.sql("select * from org_reorganisation where id = ?")
			.param(id)
			.query((rs, row) -> new Reorganisation(rs.getLong("id"), rs.getString("name"),
					rs.getObject("effective_date", LocalDate.class), Status.valueOf(rs.getString("status")),
					rs.getString("prepared_by"), rs.getObject("prepared_at", OffsetDateTime.class),
					rs.getObject("council_decision_date", LocalDate.class), rs.getString("council_decision_number"),
					rs.getString("approved_by"), rs.getObject("approved_at", OffsetDateTime.class),
					rs.getLong("version"), changes))
			.optional();
	}

	@Transactional
	public long createDraft(String name, LocalDate effectiveDate, String actor) {
		if (name == null || name.isBlank()) {
			throw new RuleViolation("name", "reorganisation.name.required");
		}
		if (effectiveDate == null) {
			throw new RuleViolation("effectiveDate", "reorganisation.effectiveDate.required");
		}
		if (!effectiveDate.isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("effectiveDate", "reorganisation.effectiveDate.future");
		}
		var id = jdbc.sql("""
				insert into org_reorganisation (name, effective_date, status, prepared_by, prepared_at)
				values (?, ?, 'DRAFT', ?, ?) returning id""")
			.params(name.trim(), effectiveDate, actor, OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
		audit.record("organisation", "CREATED", "Reorganisation", id,
				"Ontwerp van herstructurering '" + name.trim() + "' met ingang van " + effectiveDate);
		return id;
	}

	/**
	 * Adds a change to a draft. The unit's period on the effective date is remembered, so a later change to that
	 * unit is recognised as a conflict before approval. A MOVE or CREATE may name as {@code newParentId} a unit this
	 * draft creates, by its {@link #createdUnitKey(long) key}.
	 */
	@Transactional
	public long addChange(long reorganisationId, ChangeKind kind, Long unitId, String newCode, String newName,
			UnitType newType, Long newParentId, List<String> newLegalEntities) {
		return addChange(reorganisationId, kind, unitId, newCode, newName, newType, newParentId, newLegalEntities, null,
				null);
	}

	/** As above; a CREATE may give the new unit its head position (title, and grade where known). */
	@Transactional
	public long addChange(long reorganisationId, ChangeKind kind, Long unitId, String newCode, String newName,
			UnitType newType, Long newParentId, List<String> newLegalEntities, String newHeadTitle, String newHeadGrade) {
		newHeadTitle = kind == ChangeKind.CREATE ? UnitManagement.blankToNull(newHeadTitle) : null;
		newHeadGrade = newHeadTitle == null ? null : UnitManagement.blankToNull(newHeadGrade);
		if (kind == ChangeKind.MOVE_STAFF) {
			throw new IllegalArgumentException("a staff move is added with addStaffMove");
		}
		var draft = draft(reorganisationId);
		var snapshot = snapshots.asOf(draft.effectiveDate());
		Snapshot.Unit unit = null;
		if (kind != ChangeKind.CREATE) {
			if (unitId == null) {
				throw new RuleViolation("unitId", "reorganisation.change.unit.required");
			}
			unit = snapshot.unit(unitId)
				.orElseThrow(() -> new RuleViolation("unitId", "unit.notOnDate", draft.effectiveDate()));
		}
		Long parentChangeId = null;
		if (newParentId != null && newParentId < 0 && (kind == ChangeKind.MOVE || kind == ChangeKind.CREATE)) {
			var key = newParentId.longValue();
			parentChangeId = draft.changes().stream()
				.filter(change -> change.kind() == ChangeKind.CREATE && createdUnitKey(change.id()) == key)
				.map(Change::id)
				.findFirst()
				.orElseThrow(() -> new RuleViolation("newParentId", "reorganisation.change.parent.unknown"));
			newParentId = null;
		}
		if ((kind == ChangeKind.MOVE || kind == ChangeKind.CREATE) && newParentId != null
				&& snapshot.unit(newParentId).isEmpty()) {
			throw new RuleViolation("newParentId", "unit.parent.notOnDate", draft.effectiveDate());
		}
		switch (kind) {
			case RENAME -> {
				if (newName == null || newName.isBlank()) {
					throw new RuleViolation("newName", "unit.name.required");
				}
			}
			case CREATE -> {
				if (newCode == null || !newCode.matches("^[A-Z][A-Z0-9-]{1,19}$")) {
					throw new RuleViolation("newCode", "unit.code.format");
				}
				if (newName == null || newName.isBlank()) {
					throw new RuleViolation("newName", "unit.name.required");
				}
				if (newType == null) {
					throw new RuleViolation("newType", "unit.type.required");
				}
				if (newLegalEntities == null || newLegalEntities.isEmpty()) {
					throw new RuleViolation("newLegalEntities", "unit.legalEntities.required");
				}
				if (newHeadGrade != null && !newHeadGrade.trim().matches(StaffManagement.GRADE_PATTERN)) {
					throw new RuleViolation("newHeadGrade", "position.grade.format");
				}
				if (units.codeTaken(newCode) || draft.changes().stream().anyMatch(change -> newCode.equals(change.newCode()))) {
					throw new RuleViolation("newCode", "unit.code.taken", newCode);
				}
			}
			case ENTITIES -> {
				if (newLegalEntities == null || newLegalEntities.isEmpty()) {
					throw new RuleViolation("newLegalEntities", "unit.legalEntities.required");
				}
			}
			case MOVE, CLOSE, MOVE_STAFF -> {
			}
		}
		var id = jdbc.sql("""
				insert into org_reorganisation_change (reorganisation_id, kind, unit_id, new_code, new_name, new_type,
				    new_parent_id, new_parent_change_id, new_legal_entities, new_head_title, new_head_grade,
				    based_on_period_id, based_on_version, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?::varchar[], ?, ?, ?, ?, ?) returning id""")
			.params(reorganisationId, kind.name(), unitId, UnitManagement.blankToNull(newCode),
					UnitManagement.blankToNull(newName), newType == null ? null : newType.name(), newParentId, parentChangeId,
					newLegalEntities == null ? null : "{" + String.join(",", newLegalEntities) + "}",
					newHeadTitle == null ? null : newHeadTitle.trim(), newHeadGrade == null ? null : newHeadGrade.trim(),
					unit == null ? null : unit.periodId(), unit == null ? null : unit.periodVersion(),
					OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
		touch(reorganisationId);
		audit.record("organisation", "CHANGED", "Reorganisation", reorganisationId, "Wijziging toegevoegd: " + kind
				+ (unit == null ? " " + newCode : " " + unit.code()));
		return id;
	}

	/**
	 * Adds a staff move to a draft: on the effective date the assignment ends and its person holds the target
	 * position, with the same FTE and the same end (if any). The assignment's version is remembered, so a later
	 * change to it is recognised as a conflict before approval.
	 */
	@Transactional
	public long addStaffMove(long reorganisationId, Long assignmentId, Long targetPositionId) {
		var draft = draft(reorganisationId);
		var date = draft.effectiveDate();
		if (assignmentId == null) {
			throw new RuleViolation("assignmentId", "reorganisation.change.assignment.required");
		}
		var assignment = jdbc.sql("select id, position_id, valid_from, valid_to, version from org_assignment where id = ?")
			.param(assignmentId)
			.query((rs, row) -> new Object[] { rs.getLong("position_id"), rs.getObject("valid_from", LocalDate.class),
					rs.getObject("valid_to", LocalDate.class), rs.getLong("version") })
			.optional()
			.filter(row -> !((LocalDate) row[1]).isAfter(date) && (row[2] == null || ((LocalDate) row[2]).isAfter(date)))
			.orElseThrow(() -> new RuleViolation("assignmentId", "reorganisation.change.assignment.notOnDate", date));
		if (((LocalDate) assignment[1]).equals(date)) {
			throw new RuleViolation("assignmentId", "reorganisation.change.assignment.startsOnDate");
		}
		if (targetPositionId == null) {
			throw new RuleViolation("targetPositionId", "reorganisation.change.target.required");
		}
		Long targetChangeId = null;
		String targetTitle;
		if (targetPositionId < 0) {
			// the head position of a unit this draft creates
			var key = targetPositionId.longValue();
			var creation = draft.changes().stream()
				.filter(change -> change.kind() == ChangeKind.CREATE && change.newHeadTitle() != null
						&& createdUnitKey(change.id()) == key)
				.findFirst()
				.orElseThrow(() -> new RuleViolation("targetPositionId", "reorganisation.change.target.unknown"));
			targetChangeId = creation.id();
			targetTitle = creation.newHeadTitle();
			targetPositionId = null;
		}
		else {
			var snapshot = snapshots.asOf(date);
			var target = snapshot.positions().get(targetPositionId);
			if (target == null || snapshot.unit(target.unitId()).isEmpty()) {
				throw new RuleViolation("targetPositionId", "assignment.position.notOnDate", date);
			}
			if (targetPositionId.equals(assignment[0])) {
				throw new RuleViolation("targetPositionId", "reorganisation.change.target.same");
			}
			targetTitle = target.title();
		}
		var id = jdbc.sql("""
				insert into org_reorganisation_change (reorganisation_id, kind, assignment_id, target_position_id,
				    target_change_id, based_on_assignment_version, created_at)
				values (?, 'MOVE_STAFF', ?, ?, ?, ?, ?) returning id""")
			.params(reorganisationId, assignmentId, targetPositionId, targetChangeId, assignment[3], OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
		touch(reorganisationId);
		audit.record("organisation", "CHANGED", "Reorganisation", reorganisationId,
				"Wijziging toegevoegd: MOVE_STAFF toewijzing #" + assignmentId + " naar functie " + targetTitle);
		return id;
	}

	/** A staff move as the draft page shows it. */
	public record StaffMove(String person, String fromPosition, String fromUnit, String toPosition, String toUnit) {
	}

	/** The draft's staff moves by change id, with units by their latest name (also for a unit closed since). */
	@Transactional(readOnly = true)
	public java.util.Map<Long, StaffMove> staffMoves(Reorganisation reorganisation) {
		var moves = new HashMap<Long, StaffMove>();
		for (var change : reorganisation.changes()) {
			if (change.kind() != ChangeKind.MOVE_STAFF) {
				continue;
			}
			var from = jdbc.sql("""
					select pe.first_name || ' ' || pe.last_name as person, p.title, p.unit_id from org_assignment a
					join org_person pe on pe.id = a.person_id join org_position p on p.id = a.position_id where a.id = ?""")
				.param(change.assignmentId())
				.query((rs, row) -> new Object[] { rs.getString("person"), rs.getString("title"), rs.getLong("unit_id") })
				.single();
			if (change.targetChangeId() != null) {
				var creation = reorganisation.changes().stream()
					.filter(other -> other.id() == change.targetChangeId())
					.findFirst()
					.orElseThrow();
				moves.put(change.id(), new StaffMove((String) from[0], (String) from[1], lastName((Long) from[2]),
						creation.newHeadTitle(), creation.newName()));
				continue;
			}
			var to = jdbc.sql("select title, unit_id from org_position where id = ?")
				.param(change.targetPositionId())
				.query((rs, row) -> new Object[] { rs.getString("title"), rs.getLong("unit_id") })
				.optional();
			moves.put(change.id(), new StaffMove((String) from[0], (String) from[1], lastName((Long) from[2]),
					to.map(row -> (String) row[0]).orElse("?"), to.map(row -> lastName((Long) row[1])).orElse("?")));
		}
		return moves;
	}

	/**
	 * The names of the units the draft's changes name, by unit id, and of the units it creates, by their
	 * {@link #createdUnitKey(long) key}: existing units by their latest name (also for a unit closed since).
	 */
	@Transactional(readOnly = true)
	public java.util.Map<Long, String> unitNames(Reorganisation reorganisation) {
		var names = new HashMap<Long, String>(createdUnits(reorganisation));
		var existing = reorganisation.changes().stream()
			.flatMap(change -> java.util.stream.Stream.of(change.unitId(), change.newParentId()))
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toArray(Long[]::new);
		if (existing.length > 0) {
			// one query for all of them, not one per change
			jdbc.sql("""
					select distinct on (unit_id) unit_id, name from org_unit_period where unit_id = any(?)
					order by unit_id, valid_from desc""")
				.param(existing)
				.query((rs, row) -> java.util.Map.entry(rs.getLong("unit_id"), rs.getString("name")))
				.list()
				.forEach(entry -> names.put(entry.getKey(), entry.getValue()));
		}
		return names;
	}

	/** The units this draft creates, as a form offers them for a new parent: key and name. */
	public java.util.Map<Long, String> createdUnits(Reorganisation reorganisation) {
		var created = new java.util.LinkedHashMap<Long, String>();
		reorganisation.changes().stream()
			.filter(change -> change.kind() == ChangeKind.CREATE)
			.forEach(change -> created.put(createdUnitKey(change.id()), change.newName()));
		return created;
	}

	/** An assignment the staff move form offers: who, in which position and unit, for how much. */
	public record AssignmentOption(long id, String person, String position, String unit, java.math.BigDecimal fte) {
	}

	/** A position the staff move form offers as the target. */
	public record PositionOption(long id, String unit, String position) {
	}

	/** The assignments on the snapshot's date, by person, for the staff move form. */
	public List<AssignmentOption> movableAssignments(Snapshot snapshot) {
		return snapshot.assignments().stream()
			.filter(assignment -> snapshot.people().containsKey(assignment.personId()))
			.filter(assignment -> snapshot.units().containsKey(snapshot.positions().get(assignment.positionId()).unitId()))
			.map(assignment -> {
				var person = snapshot.people().get(assignment.personId());
				var position = snapshot.positions().get(assignment.positionId());
				return new AssignmentOption(assignment.id(), person.lastName() + ", " + person.firstName(), position.title(),
						snapshot.units().get(position.unitId()).name(), assignment.fte().stripTrailingZeros());
			})
			.sorted(java.util.Comparator.comparing(AssignmentOption::person, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(AssignmentOption::unit))
			.toList();
	}

	/** The positions on the snapshot's date, by unit, for the staff move form. */
	public List<PositionOption> targetPositions(Snapshot snapshot) {
		return snapshot.positions().values().stream()
			.filter(position -> snapshot.units().containsKey(position.unitId()))
			.map(position -> new PositionOption(position.id(), snapshot.units().get(position.unitId()).name(), position.title()))
			.sorted(java.util.Comparator.comparing(PositionOption::unit, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(PositionOption::position))
			.toList();
	}

	/** The head positions of the units this draft creates, by their {@link #createdUnitKey(long) key}. */
	public List<PositionOption> newHeadPositions(Reorganisation reorganisation) {
		return reorganisation.changes().stream()
			.filter(change -> change.kind() == ChangeKind.CREATE && change.newHeadTitle() != null)
			.map(change -> new PositionOption(createdUnitKey(change.id()), change.newName(), change.newHeadTitle()))
			.toList();
	}

	@Transactional
	public void removeChange(long reorganisationId, long changeId) {
		var draft = draft(reorganisationId);
		var removed = draft.changes().stream().filter(change -> change.id() == changeId).findFirst();
		var dependants = draft.changes().stream()
			.filter(change -> Long.valueOf(changeId).equals(change.newParentChangeId())
					|| Long.valueOf(changeId).equals(change.targetChangeId()))
			.count();
		if (removed.isPresent() && dependants > 0) {
			throw RuleViolation.ofForm("reorganisation.change.referenced", removed.get().newName(), dependants);
		}
		jdbc.sql("delete from org_reorganisation_change where id = ? and reorganisation_id = ?")
			.params(changeId, reorganisationId)
			.update();
		touch(reorganisationId);
		audit.record("organisation", "CHANGED", "Reorganisation", reorganisationId, "Wijziging #" + changeId + " verwijderd");
	}

	@Transactional(readOnly = true)
	public Preview preview(long reorganisationId) {
		var reorganisation = find(reorganisationId).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
		var today = snapshots.asOf(LocalDate.now(clock));
		var base = snapshots.asOf(reorganisation.effectiveDate());
		var problems = new ArrayList<Problem>();
		var conflicts = new ArrayList<Problem>();
		if (reorganisation.status() != Status.DRAFT) {
			return new Preview(today, base, problems, conflicts);
		}
		var after = apply(base, reorganisation.changes(), problems);
		for (var change : reorganisation.changes()) {
			if (change.unitId() != null) {
				var current = base.unit(change.unitId());
				if (current.isEmpty()) {
					conflicts.add(Problem.of("reorganisation.conflict.gone", lastName(change.unitId())));
				}
				else if (!Long.valueOf(current.get().periodId()).equals(change.basedOnPeriodId())
						|| !Long.valueOf(current.get().periodVersion()).equals(change.basedOnVersion())) {
					conflicts.add(Problem.of("reorganisation.conflict.changed", current.get().name()));
				}
			}
			// the new parent must still exist on the effective date (a unit created by this draft is not a parent)
			if (change.newParentId() != null && base.unit(change.newParentId()).isEmpty()) {
				conflicts.add(Problem.of("reorganisation.conflict.parentGone", lastName(change.newParentId())));
			}
			// service points belong to the directory, so the draft's own tree cannot tell whether any remain
			if (change.kind() == ChangeKind.CLOSE && change.unitId() != null
					&& !units.servicePointsOf(change.unitId()).isEmpty()) {
				problems.add(Problem.of("reorganisation.problem.closeServicePoints", lastName(change.unitId()),
						units.servicePointsOf(change.unitId()).size()));
			}
			// approval refuses to close a unit where someone starts after the effective date: say so before
			if (change.kind() == ChangeKind.CLOSE && change.unitId() != null) {
				var later = jdbc.sql("""
						select count(distinct a.person_id) from org_assignment a join org_position p on p.id = a.position_id
						where p.unit_id = ? and a.valid_from > ?""")
					.params(change.unitId(), reorganisation.effectiveDate())
					.query(Long.class)
					.single();
				if (later > 0) {
					problems.add(Problem.of("reorganisation.problem.closeLaterStaff", lastName(change.unitId()), later));
				}
			}
			if (change.kind() == ChangeKind.MOVE_STAFF) {
				var now = jdbc.sql("""
						select a.version, a.valid_from, a.valid_to, pe.first_name || ' ' || pe.last_name as name
						from org_assignment a join org_person pe on pe.id = a.person_id where a.id = ?""")
					.param(change.assignmentId())
					.query((rs, row) -> new Object[] { rs.getLong("version"), rs.getObject("valid_from", LocalDate.class),
							rs.getObject("valid_to", LocalDate.class), rs.getString("name") })
					.single();
				var date = reorganisation.effectiveDate();
				var covers = ((LocalDate) now[1]).isBefore(date) && (now[2] == null || ((LocalDate) now[2]).isAfter(date));
				if (!covers) {
					conflicts.add(Problem.of("reorganisation.conflict.assignmentGone", now[3]));
				}
				else if (!now[0].equals(change.basedOnAssignmentVersion())) {
					conflicts.add(Problem.of("reorganisation.conflict.assignmentChanged", now[3]));
				}
			}
			if (change.kind() == ChangeKind.CREATE
					&& units.codeTaken(change.newCode())) {
				conflicts.add(Problem.of("reorganisation.conflict.codeTaken", change.newCode()));
			}
		}
		if (!LocalDate.now(clock).isBefore(reorganisation.effectiveDate())) {
			conflicts.add(Problem.of("reorganisation.conflict.datePassed", reorganisation.effectiveDate()));
		}
		if (reorganisation.changes().isEmpty()) {
			problems.add(Problem.of("reorganisation.problem.empty"));
		}
		return new Preview(today, after, problems, conflicts);
	}

	/** The organogram on the effective date as it would be with these changes; problems are collected, not thrown. */
	static Snapshot apply(Snapshot base, List<Change> changes, List<Problem> problems) {
		var units = new HashMap<>(base.units());
		var positions = new HashMap<>(base.positions());
		var assignments = new ArrayList<>(base.assignments());
		for (var change : inOrder(changes)) {
			var current = new Snapshot(base.date(), units, positions, assignments, base.people());
			switch (change.kind()) {
				case MOVE -> current.unit(change.unitId()).ifPresent(unit -> {
					if (current.wouldCreateCycle(unit.id(), change.parentKey())) {
						problems.add(Problem.of("reorganisation.problem.cycle", unit.name()));
					}
					else {
						units.put(unit.id(), unit.withParent(change.parentKey()));
					}
				});
				case RENAME -> current.unit(change.unitId()).ifPresent(unit -> units.put(unit.id(), unit.withName(change.newName())));
				case ENTITIES -> current.unit(change.unitId())
					.ifPresent(unit -> units.put(unit.id(), unit.withLegalEntities(change.newLegalEntities())));
				case CREATE -> {
					units.put(createdUnitKey(change.id()), new Snapshot.Unit(createdUnitKey(change.id()), change.newCode(),
							change.newName(), change.newType(), change.parentKey(), change.newLegalEntities(), null, null,
							null, -1, -1, base.date(), null));
					if (change.newHeadTitle() != null) {
						positions.put(createdUnitKey(change.id()), new Snapshot.Position(createdUnitKey(change.id()),
								createdUnitKey(change.id()), PositionKind.HEAD, change.newHeadTitle(), change.newHeadGrade(),
								base.date(), null, -1));
					}
				}
				case MOVE_STAFF -> moveStaff(current, change, assignments, problems);
				case CLOSE -> current.unit(change.unitId()).ifPresent(unit -> {
					var children = current.children(unit.id());
					var staff = current.holdings(unit.id()).stream().mapToLong(holding -> holding.holders().size()).sum();
					if (!children.isEmpty() || staff > 0) {
						problems.add(Problem.of("reorganisation.problem.closeNotEmpty", unit.name(), children.size(), staff));
					}
					else {
						units.remove(unit.id());
						positions.values().removeIf(position -> position.unitId() == unit.id());
					}
				});
			}
		}
		return new Snapshot(base.date(), units, positions, assignments, base.people());
	}

	/** A draft's changes in the order they take effect: see {@link ChangeKind#phase()}. */
	static List<Change> inOrder(List<Change> changes) {
		return changes.stream().sorted(java.util.Comparator.comparingInt(change -> change.kind().phase())).toList();
	}

	private static void moveStaff(Snapshot current, Change change, List<Snapshot.Assignment> assignments,
			List<Problem> problems) {
		var moving = assignments.stream().filter(assignment -> assignment.id() == change.assignmentId()).findFirst();
		if (moving.isEmpty()) {
			return; // the assignment no longer covers the effective date: reported as a conflict
		}
		var assignment = moving.get();
		var person = current.people().get(assignment.personId());
		var target = current.positions().get(change.targetKey());
		if (target == null || current.unit(target.unitId()).isEmpty()) {
			problems.add(Problem.of("reorganisation.problem.targetGone", person.fullName()));
			return;
		}
		if (target.kind().singleHolder()) {
			var holder = current.holdings(target.unitId()).stream()
				.filter(holding -> holding.position().id() == target.id())
				.flatMap(holding -> holding.holders().stream())
				.findFirst();
			if (holder.isPresent()) {
				problems.add(Problem.of("reorganisation.problem.targetTaken", person.fullName(), target.title(),
						holder.get().person().fullName()));
				return;
			}
		}
		assignments.remove(assignment);
		assignments.add(new Snapshot.Assignment(-change.id(), target.id(), assignment.personId(), assignment.fte(),
				current.date(), assignment.validTo(), 0));
	}

	/** Approves the draft and writes its changes as dated changes on the effective date, all or nothing. */
	@Transactional
	public void approve(long reorganisationId, long version, LocalDate councilDecisionDate, String councilDecisionNumber,
			String actor) {
		var draft = draft(reorganisationId);
		if (draft.version() != version) {
			throw new ObjectOptimisticLockingFailureException("org_reorganisation", reorganisationId);
		}
		if (councilDecisionDate == null) {
			throw new RuleViolation("councilDecisionDate", "reorganisation.councilDecisionDate.required");
		}
		if (councilDecisionDate.isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("councilDecisionDate", "reorganisation.councilDecisionDate.future");
		}
		if (councilDecisionNumber == null || councilDecisionNumber.isBlank()) {
			throw new RuleViolation("councilDecisionNumber", "reorganisation.councilDecisionNumber.required");
		}
		var preview = preview(reorganisationId);
		if (!preview.canBeApproved()) {
			throw RuleViolation.ofForm("reorganisation.notApprovable");
		}
		var created = new HashMap<Long, Long>();
		var createdHeads = new HashMap<Long, Long>();
		java.util.function.Function<Change, Long> parent = change -> change.newParentChangeId() == null
				? change.newParentId() : created.get(change.newParentChangeId());
		for (var change : inOrder(draft.changes())) {
			var date = draft.effectiveDate();
			switch (change.kind()) {
				case MOVE_STAFF -> {
					var moving = jdbc.sql("select person_id, fte, valid_to from org_assignment where id = ?")
						.param(change.assignmentId())
						.query((rs, row) -> new Object[] { rs.getLong("person_id"), rs.getBigDecimal("fte"),
								rs.getObject("valid_to", LocalDate.class) })
						.single();
					staff.endAssignment(change.assignmentId(), change.basedOnAssignmentVersion(), date);
					// the same working time, moved: the person's total does not change, so no confirmation is asked
					var target = change.targetChangeId() == null ? change.targetPositionId()
							: createdHeads.get(change.targetChangeId());
					staff.assign((Long) moving[0], target, (java.math.BigDecimal) moving[1], date, (LocalDate) moving[2], true);
				}
				case CREATE -> {
					var unitId = units.create(change.newCode(), new UnitValues(change.newName(), change.newType(),
							parent.apply(change), change.newLegalEntities(), null, null, null), date, reorganisationId);
					created.put(change.id(), unitId);
					Long headId = null;
					if (change.newHeadTitle() != null) {
						headId = staff.createPosition(unitId, PositionKind.HEAD, change.newHeadTitle(), change.newHeadGrade(),
								date);
						createdHeads.put(change.id(), headId);
					}
					jdbc.sql("update org_reorganisation_change set created_unit_id = ?, created_position_id = ? where id = ?")
						.params(unitId, headId, change.id())
						.update();
				}
				case CLOSE -> units.close(change.unitId(), date, reorganisationId);
				default -> {
					var unit = snapshots.asOf(date).unit(change.unitId()).orElseThrow();
					var values = UnitValues.of(unit);
					values = switch (change.kind()) {
						case MOVE -> values.withParent(parent.apply(change));
						case RENAME -> values.withName(change.newName());
						case ENTITIES -> values.withLegalEntities(change.newLegalEntities());
						default -> values;
					};
					units.changeFrom(change.unitId(), date, values, reorganisationId);
				}
			}
		}
		jdbc.sql("""
				update org_reorganisation set status = 'APPROVED', council_decision_date = ?, council_decision_number = ?,
				    approved_by = ?, approved_at = ?, version = version + 1 where id = ?""")
			.params(councilDecisionDate, councilDecisionNumber.trim(), actor, OffsetDateTime.now(clock), reorganisationId)
			.update();
		audit.record("organisation", "APPROVED", "Reorganisation", reorganisationId, "Herstructurering '" + draft.name()
				+ "' goedgekeurd (raadsbesluit " + councilDecisionNumber.trim() + " van " + councilDecisionDate
				+ "), van kracht vanaf " + draft.effectiveDate());
	}

	@Transactional
	public void cancel(long reorganisationId, long version) {
		var draft = draft(reorganisationId);
		var updated = jdbc.sql("update org_reorganisation set status = 'CANCELLED', version = version + 1 where id = ? and version = ?")
			.params(reorganisationId, version)
			.update();
		if (updated != 1) {
			throw new ObjectOptimisticLockingFailureException("org_reorganisation", reorganisationId);
		}
		audit.record("organisation", "CANCELLED", "Reorganisation", reorganisationId,
				"Ontwerp '" + draft.name() + "' geannuleerd");
	}

	private Reorganisation draft(long reorganisationId) {
		var reorganisation = find(reorganisationId)
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
		if (reorganisation.status() != Status.DRAFT) {
			throw RuleViolation.ofForm("reorganisation.notDraft");
		}
		return reorganisation;
	}

	/** A unit's most recent name, also when it no longer exists. */
	private String lastName(long unitId) {
		return jdbc.sql("select name from org_unit_period where unit_id = ? order by valid_from desc limit 1")
			.param(unitId)
			.query(String.class)
			.optional()
			.orElse("#" + unitId);
	}

	private void touch(long reorganisationId) {
		jdbc.sql("update org_reorganisation set version = version + 1 where id = ?").param(reorganisationId).update();
	}

}

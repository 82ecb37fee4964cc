package be.eenloket.organisation.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the reorganisation pages show besides the aggregate: names, staff moves, the change forms' options. */
@Component
public class ReorganisationViews {

	/** A staff move as the draft page shows it. */
	public record StaffMove(String person, String fromPosition, String fromUnit, String toPosition, String toUnit) {
	}

	/** An assignment the staff move form offers: who, in which position and unit, for how much. */
	public record AssignmentOption(long id, String person, String position, String unit, BigDecimal fte) {
	}

	/** A position the staff move form offers as the target. */
	public record PositionOption(long id, String unit, String position) {
	}

	private final JdbcClient jdbc;

	private final DraftWorlds worlds;

	ReorganisationViews(JdbcClient jdbc, DraftWorlds worlds) {
		this.jdbc = jdbc;
		this.worlds = worlds;
	}

	/** Each change as one sentence of the draft page, by change id. */
	@Transactional(readOnly = true)
	public Map<Long, MessageSourceResolvable> descriptions(Reorganisation reorganisation) {
		var names = unitNames(reorganisation);
		var moves = staffMoves(reorganisation);
		var descriptions = new HashMap<Long, MessageSourceResolvable>();
		for (var change : reorganisation.changes()) {
			descriptions.put(change.id(), switch (change) {
				case MoveUnit move -> text("MOVE", names.get(move.unitId()), parentName(names, move.parent()));
				case RenameUnit rename -> text("RENAME", names.get(rename.unitId()), rename.newName());
				case CreateUnit create -> create.newHeadTitle() == null
						? text("CREATE", create.newName(), create.newCode(), parentName(names, create.parent()))
						: text("CREATE.withHead", create.newName(), create.newCode(), parentName(names, create.parent()),
								create.newHeadTitle());
				case CloseUnit close -> text("CLOSE", names.get(close.unitId()));
				case MoveStaff move -> {
					var seen = moves.get(move.id());
					yield text("MOVE_STAFF", seen.person(), seen.fromPosition(), seen.fromUnit(), seen.toPosition(),
							seen.toUnit());
				}
				case ChangeEntities entities -> text("ENTITIES", names.get(entities.unitId()),
						String.join(", ", entities.newLegalEntities()));
			});
		}
		return descriptions;
	}

	private static Object parentName(Map<Long, String> names, NewParent parent) {
		return parent.key() == null ? new DefaultMessageSourceResolvable("unit.top") : names.get(parent.key());
	}

	private static MessageSourceResolvable text(String kind, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { "reorganisation.change." + kind + ".text" }, arguments);
	}

	/** The draft's staff moves by change id, with units by their latest name (also for a unit closed since). */
	@Transactional(readOnly = true)
	public Map<Long, StaffMove> staffMoves(Reorganisation reorganisation) {
		var moves = new HashMap<Long, StaffMove>();
		for (var change : reorganisation.changes()) {
			if (!(change instanceof MoveStaff move)) {
				continue;
			}
			var from = jdbc.sql("""
					select pe.first_name || ' ' || pe.last_name as person, p.title, p.unit_id from org_assignment a
					join org_person pe on pe.id = a.person_id join org_position p on p.id = a.position_id where a.id = ?""")
				.param(move.assignmentId())
				.query((rs, row) -> new String[] { rs.getString("person"), rs.getString("title"),
						worlds.lastName(rs.getLong("unit_id")) })
				.single();
			String toPosition;
			String toUnit;
			if (move.targetChangeId() != null) {
				var creation = reorganisation.changes().stream()
					.filter(other -> other.id() == move.targetChangeId())
					.map(CreateUnit.class::cast)
					.findFirst()
					.orElseThrow();
				toPosition = creation.newHeadTitle();
				toUnit = creation.newName();
			}
			else {
				var to = jdbc.sql("select title, unit_id from org_position where id = ?")
					.param(move.targetPositionId())
					.query((rs, row) -> new String[] { rs.getString("title"), worlds.lastName(rs.getLong("unit_id")) })
					.optional();
				toPosition = to.map(row -> row[0]).orElse("?");
				toUnit = to.map(row -> row[1]).orElse("?");
			}
			moves.put(move.id(), new StaffMove(from[0], from[1], from[2], toPosition, toUnit));
		}
		return moves;
	}

	/**
	 * The names of the units the draft's changes name, by unit id, and of the units it creates, by their
	 * {@link DraftChange#createdUnitKey key}: existing units by their latest name (also for a unit closed since).
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> unitNames(Reorganisation reorganisation) {
		var names = new HashMap<Long, String>(createdUnits(reorganisation));
		var existing = reorganisation.changes().stream().flatMap(change -> switch (change) {
			case MoveUnit move -> Stream.of(move.unitId(), move.parent().existing());
			case RenameUnit rename -> Stream.of(rename.unitId());
			case ChangeEntities entities -> Stream.of(entities.unitId());
			case CloseUnit close -> Stream.of(close.unitId());
			case CreateUnit create -> Stream.of(create.parent().existing());
			case MoveStaff move -> Stream.<Long>empty();
		}).filter(Objects::nonNull).distinct().toArray(Long[]::new);
		if (existing.length > 0) {
			// one query for all of them, not one per change
			jdbc.sql("""
					select distinct on (unit_id) unit_id, name from org_unit_period where unit_id = any(?)
					order by unit_id, valid_from desc""")
				.param(existing)
				.query((rs, row) -> Map.entry(rs.getLong("unit_id"), rs.getString("name")))
				.list()
				.forEach(entry -> names.put(entry.getKey(), entry.getValue()));
		}
		return names;
	}

	/** The units this draft creates, as a form offers them for a new parent: key and name. */
	public Map<Long, String> createdUnits(Reorganisation reorganisation) {
		var created = new LinkedHashMap<Long, String>();
		reorganisation.changes().stream()
			.filter(CreateUnit.class::isInstance)
			.map(CreateUnit.class::cast)
			.forEach(create -> created.put(create.key(), create.newName()));
		return created;
	}

	/** The head positions of the units this draft creates, by their {@link DraftChange#createdUnitKey key}. */
	public List<PositionOption> newHeadPositions(Reorganisation reorganisation) {
		return reorganisation.changes().stream()
			.filter(CreateUnit.class::isInstance)
			.map(CreateUnit.class::cast)
			.filter(create -> create.newHeadTitle() != null)
			.map(create -> new PositionOption(create.key(), create.newName(), create.newHeadTitle()))
			.toList();
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
			.sorted(Comparator.comparing(AssignmentOption::person, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(AssignmentOption::unit))
			.toList();
	}

	/** The positions on the snapshot's date, by unit, for the staff move form. */
	public List<PositionOption> targetPositions(Snapshot snapshot) {
		return snapshot.positions().values().stream()
			.filter(position -> snapshot.units().containsKey(position.unitId()))
			.map(position -> new PositionOption(position.id(), snapshot.units().get(position.unitId()).name(), position.title()))
			.sorted(Comparator.comparing(PositionOption::unit, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(PositionOption::position))
			.toList();
	}

}

package be.eenloket.organisation.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.eenloket.organisation.OrganisationChart;
import be.eenloket.organisation.OrganisationUnitId;
import be.eenloket.organisation.PositionKind;
import be.eenloket.organisation.StaffMember;
import be.eenloket.organisation.UnitLeads;
import be.eenloket.organisation.UnitSummary;
import be.eenloket.organisation.UnitType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the organogram as of a date. Four range queries, no N+1: the periods that cover the date are picked by
 * PostgreSQL ({@code daterange @> date}), and the exclusion constraints guarantee there is at most one per thing.
 */
@Service
public class Snapshots implements OrganisationChart {

	private final JdbcClient jdbc;

	Snapshots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Snapshot asOf(LocalDate date) {
		var units = jdbc.sql("""
				select u.id, u.code, p.id as period_id, p.version, p.name, p.type, p.parent_id, p.legal_entities,
				       p.description, p.contact_email, p.contact_phone, p.valid_from, p.valid_to
				from org_unit u join org_unit_period p on p.unit_id = u.id
				where daterange(p.valid_from, p.valid_to) @> :date""")
			.param("date", date)
			.query(Snapshots::unit)
			.list();
		var positions = jdbc.sql("""
				select id, unit_id, kind, title, grade, valid_from, valid_to, version from org_position
				where daterange(valid_from, valid_to) @> :date""")
			.param("date", date)
			.query((rs, row) -> new Snapshot.Position(rs.getLong("id"), rs.getLong("unit_id"),
					PositionKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("grade"),
					rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
					rs.getLong("version")))
			.list();
		var assignments = jdbc.sql("""
				select id, position_id, person_id, fte, valid_from, valid_to, version from org_assignment
				where daterange(valid_from, valid_to) @> :date""")
			.param("date", date)
			.query((rs, row) -> new Snapshot.Assignment(rs.getLong("id"), rs.getLong("position_id"),
					rs.getLong("person_id"), rs.getBigDecimal("fte"), rs.getObject("valid_from", LocalDate.class),
					rs.getObject("valid_to", LocalDate.class), rs.getLong("version")))
			.list();
		var people = people();
		var positionsById = positions.stream().collect(Collectors.toMap(Snapshot.Position::id, Function.identity()));
		// an assignment only counts while its position exists
		var current = assignments.stream().filter(assignment -> positionsById.containsKey(assignment.positionId())).toList();
		return new Snapshot(date, units.stream().collect(Collectors.toMap(Snapshot.Unit::id, Function.identity())),
				positionsById, current, people);
	}

	/** One period of a unit's history. */
	public record Period(LocalDate validFrom, LocalDate validTo, String name, String parentName, List<String> legalEntities,
			String reorganisation) {
	}

	/** Every period of the unit, oldest first, with the parent's name as it was at the start of each period. */
	@Transactional(readOnly = true)
	public List<Period> history(long unitId) {
		return jdbc.sql("""
				select p.valid_from, p.valid_to, p.name, p.legal_entities, r.name as reorganisation,
				       (select pp.name from org_unit_period pp where pp.unit_id = p.parent_id
				        and daterange(pp.valid_from, pp.valid_to) @> p.valid_from) as parent_name
				from org_unit_period p left join org_reorganisation r on r.id = p.reorganisation_id
				where p.unit_id = ? order by p.valid_from""")
			.param(unitId)
			.query((rs, row) -> new Period(rs.getObject("valid_from", LocalDate.class),
					rs.getObject("valid_to", LocalDate.class), rs.getString("name"), rs.getString("parent_name"),
					strings(rs.getArray("legal_entities")), rs.getString("reorganisation")))
			.list();
	}

	@Transactional(readOnly = true)
	public Map<Long, Snapshot.Person> people() {
		var result = new HashMap<Long, Snapshot.Person>();
		jdbc.sql("select id, first_name, last_name, work_email, internal_phone, employer, account_username, version from org_person")
			.query((rs, row) -> new Snapshot.Person(rs.getLong("id"), rs.getString("first_name"),
					rs.getString("last_name"), rs.getString("work_email"), rs.getString("internal_phone"),
					rs.getString("employer"), rs.getString("account_username"), rs.getLong("version")))
			.list()
			.forEach(person -> result.put(person.id(), person));
		return result;
	}

	static Snapshot.Unit unit(ResultSet rs, int row) throws SQLException {
		var parent = rs.getObject("parent_id", Long.class);
		return new Snapshot.Unit(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				UnitType.valueOf(rs.getString("type")), parent, strings(rs.getArray("legal_entities")),
				rs.getString("description"), rs.getString("contact_email"), rs.getString("contact_phone"),
				rs.getLong("period_id"), rs.getLong("version"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class));
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).sorted().toList();
	}

	@Override
	public List<UnitSummary> units(LocalDate date) {
		var snapshot = asOf(date);
		return snapshot.units().values().stream()
			.sorted(java.util.Comparator.comparing(Snapshot.Unit::name, String.CASE_INSENSITIVE_ORDER))
			.map(Snapshots::summary)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<UnitSummary> unitsOfAccount(String username, LocalDate date) {
		if (username == null) {
			return List.of();
		}
		var ids = jdbc.sql("""
				select distinct p.unit_id from org_person pe
				join org_assignment a on a.person_id = pe.id and daterange(a.valid_from, a.valid_to) @> :date
				join org_position p on p.id = a.position_id and daterange(p.valid_from, p.valid_to) @> :date
				where pe.account_username = :username""")
			.param("date", date)
			.param("username", username)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return List.of();
		}
		var snapshot = asOf(date);
		return ids.stream()
			.map(snapshot::unit)
			.flatMap(Optional::stream)
			.sorted(java.util.Comparator.comparing(Snapshot.Unit::name, String.CASE_INSENSITIVE_ORDER))
			.map(Snapshots::summary)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<UnitSummary> unitsUnderAccount(String username, LocalDate date) {
		if (username == null) {
			return List.of();
		}
		var positions = jdbc.sql("""
				select distinct p.unit_id, p.kind = 'HEAD' as head from org_person pe
				join org_assignment a on a.person_id = pe.id and daterange(a.valid_from, a.valid_to) @> :date
				join org_position p on p.id = a.position_id and daterange(p.valid_from, p.valid_to) @> :date
				where pe.account_username = :username""")
			.param("date", date)
			.param("username", username)
			.query((rs, row) -> java.util.Map.entry(rs.getLong(1), rs.getBoolean(2)))
			.list();
		if (positions.isEmpty()) {
			return List.of();
		}
		var snapshot = asOf(date);
		var ids = new java.util.LinkedHashSet<Long>();
		for (var position : positions) {
			ids.add(position.getKey());
			if (position.getValue()) {
				snapshot.descendants(position.getKey()).forEach(unit -> ids.add(unit.id()));
			}
		}
		return ids.stream()
			.map(snapshot::unit)
			.flatMap(Optional::stream)
			.sorted(java.util.Comparator.comparing(Snapshot.Unit::name, String.CASE_INSENSITIVE_ORDER))
			.map(Snapshots::summary)
			.toList();
	}

	@Override
	public Optional<UnitSummary> unit(OrganisationUnitId id, LocalDate date) {
		return asOf(date).unit(id.value()).map(Snapshots::summary);
	}

	@Override
	public List<StaffMember> staff(LocalDate date) {
		var snapshot = asOf(date);
		var positionsOf = new HashMap<Long, List<StaffMember.Position>>();
		for (var assignment : snapshot.assignments()) {
			var position = snapshot.positions().get(assignment.positionId());
			var unit = snapshot.units().get(position.unitId());
			if (unit != null) {
				positionsOf.computeIfAbsent(assignment.personId(), id -> new java.util.ArrayList<>())
					.add(new StaffMember.Position(new OrganisationUnitId(unit.id()), unit.name(), position.kind(),
							position.title()));
			}
		}
		return positionsOf.entrySet().stream()
			.map(entry -> {
				var person = snapshot.people().get(entry.getKey());
				return new StaffMember(person.id(), person.firstName(), person.lastName(), person.workEmail(),
						person.internalPhone(), person.employer(), entry.getValue().stream()
							.sorted(java.util.Comparator.comparing(StaffMember.Position::kind)).toList());
			})
			.sorted(java.util.Comparator.comparing(StaffMember::lastName, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(StaffMember::firstName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	@Override
	public Optional<UnitLeads> leads(OrganisationUnitId id, LocalDate date) {
		var snapshot = asOf(date);
		return snapshot.unit(id.value()).map(unit -> new UnitLeads(id, unit.name(), unit.contactPhone(),
				unit.contactEmail(), lead(snapshot, unit.id(), PositionKind.HEAD),
				lead(snapshot, unit.id(), PositionKind.DEPUTY)));
	}

	private static UnitLeads.Lead lead(Snapshot snapshot, long unitId, PositionKind kind) {
		return snapshot.lead(unitId, kind)
			.map(holding -> holding.vacant() ? new UnitLeads.Lead(holding.position().title(), null, null)
					: new UnitLeads.Lead(holding.position().title(), holding.holders().get(0).person().fullName(),
							holding.holders().get(0).person().internalPhone()))
			.orElse(null);
	}

	static UnitSummary summary(Snapshot.Unit unit) {
		return new UnitSummary(new OrganisationUnitId(unit.id()), unit.code(), unit.name(), unit.type(),
				unit.parentId() == null ? null : new OrganisationUnitId(unit.parentId()), unit.legalEntities());
	}

	static BigDecimal zeroIfNull(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

}

package be.eenloket.organisation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import be.eenloket.organisation.PositionKind;
import be.eenloket.organisation.UnitType;

/**
 * The organogram as it is on one date: units, positions, the people holding them. Immutable; a reorganisation
 * preview is another snapshot derived from this one. All derived figures (tree, heads, FTE per employer) are
 * computed here so that pages, the chart, exports and reports agree.
 */
public record Snapshot(LocalDate date, Map<Long, Unit> units, Map<Long, Position> positions,
		List<Assignment> assignments, Map<Long, Person> people) {

	/** A unit during the period that covers the snapshot's date. */
	public record Unit(long id, String code, String name, UnitType type, Long parentId, List<String> legalEntities,
			String description, String contactEmail, String contactPhone, long periodId, long periodVersion,
			LocalDate validFrom, LocalDate validTo) {

		Unit withParent(Long newParent) {
			return new Unit(id, code, name, type, newParent, legalEntities, description, contactEmail, contactPhone,
					periodId, periodVersion, validFrom, validTo);
		}

		Unit withName(String newName) {
			return new Unit(id, code, newName, type, parentId, legalEntities, description, contactEmail, contactPhone,
					periodId, periodVersion, validFrom, validTo);
		}

		Unit withLegalEntities(List<String> entities) {
			return new Unit(id, code, name, type, parentId, List.copyOf(entities), description, contactEmail,
					contactPhone, periodId, periodVersion, validFrom, validTo);
		}

	}

	public record Position(long id, long unitId, PositionKind kind, String title, String grade, LocalDate validFrom,
			LocalDate validTo, long version) {
	}

	public record Assignment(long id, long positionId, long personId, BigDecimal fte, LocalDate validFrom,
			LocalDate validTo, long version) {
	}

	/** A staff member; {@code accountUsername} is the staff account they log in with, when linked. */
	public record Person(long id, String firstName, String lastName, String workEmail, String internalPhone,
			String employer, String accountUsername, long version) {

		public String fullName() {
			return firstName + " " + lastName;
		}

	}

	/** A position with whoever holds it on the date (empty for a vacancy). */
	public record Holding(Position position, List<HeldBy> holders) {

		public boolean vacant() {
			return holders.isEmpty();
		}

	}

	public record HeldBy(Person person, Assignment assignment) {
	}

	public Snapshot {
		units = Map.copyOf(units);
		positions = Map.copyOf(positions);
		assignments = List.copyOf(assignments);
		people = Map.copyOf(people);
	}

	public Optional<Unit> unit(long id) {
		return Optional.ofNullable(units.get(id));
	}

	/** Top-level units, by type then name. */
	public List<Unit> roots() {
		return sorted(units.values().stream().filter(unit -> unit.parentId() == null || !units.containsKey(unit.parentId())).toList());
	}

	public List<Unit> children(long unitId) {
		return sorted(units.values().stream().filter(unit -> Long.valueOf(unitId).equals(unit.parentId())).toList());
	}

	/** The unit's ancestors, nearest first. Stops at a cycle rather than looping. */
	public List<Unit> ancestors(long unitId) {
		var result = new ArrayList<Unit>();
		var seen = new java.util.HashSet<Long>();
		var current = units.get(unitId);
		while (current != null && current.parentId() != null && seen.add(current.id())) {
			current = units.get(current.parentId());
			if (current != null) {
				result.add(current);
			}
		}
		return result;
	}

	/** Whether making {@code newParent} the parent of {@code unitId} would make the unit its own ancestor. */
	public boolean wouldCreateCycle(long unitId, Long newParent) {
		if (newParent == null) {
			return false;
		}
		if (newParent == unitId) {
			return true;
		}
		return ancestors(newParent).stream().anyMatch(ancestor -> ancestor.id() == unitId);
	}

	/** Every unit below this one, depth first. */
	public List<Unit> descendants(long unitId) {
		var result = new ArrayList<Unit>();
		for (var child : children(unitId)) {
			result.add(child);
			result.addAll(descendants(child.id()));
		}
		return result;
	}

	/** Positions of the unit with their holders: head first, then deputy, then staff by title. */
	public List<Holding> holdings(long unitId) {
		return positions.values()
			.stream()
			.filter(position -> position.unitId() == unitId)
			.sorted(Comparator.comparing(Position::kind).thenComparing(Position::title).thenComparing(Position::id))
			.map(position -> new Holding(position, holdersOf(position.id())))
			.toList();
	}

	public Optional<Holding> lead(long unitId, PositionKind kind) {
		return holdings(unitId).stream().filter(holding -> holding.position().kind() == kind).findFirst();
	}

	private List<HeldBy> holdersOf(long positionId) {
		return assignments.stream()
			.filter(assignment -> assignment.positionId() == positionId)
			.map(assignment -> new HeldBy(people.get(assignment.personId()), assignment))
			.sorted(Comparator.comparing((HeldBy held) -> held.person().lastName()).thenComparing(held -> held.person().firstName()))
			.toList();
	}

	/** FTE in this unit (not below it) per employing legal entity, ordered by entity code; 0-FTE seats left out. */
	public Map<String, BigDecimal> fteByEmployer(long unitId) {
		var result = new TreeMap<String, BigDecimal>();
		for (var holding : holdings(unitId)) {
			for (var held : holding.holders()) {
				if (held.assignment().fte().signum() == 0) {
					continue; // a seat without working time of its own (management team)
				}
				result.merge(held.person().employer(), held.assignment().fte(), BigDecimal::add);
			}
		}
		return result;
	}

	/** A person's assignments on the date. */
	public List<Assignment> assignmentsOf(long personId) {
		return assignments.stream().filter(assignment -> assignment.personId() == personId).toList();
	}

	public BigDecimal totalFte(long personId) {
		return assignmentsOf(personId).stream().map(Assignment::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Units in tree order (parents before children, siblings by type and name) with their depth. */
	public List<Map.Entry<Unit, Integer>> treeOrder() {
		var result = new ArrayList<Map.Entry<Unit, Integer>>();
		for (var root : roots()) {
			walk(root, 0, result);
		}
		return result;
	}

	private void walk(Unit unit, int depth, List<Map.Entry<Unit, Integer>> result) {
		result.add(Map.entry(unit, depth));
		for (var child : children(unit.id())) {
			walk(child, depth + 1, result);
		}
	}

	public Map<String, List<Unit>> unitsByCode() {
		return units.values().stream().collect(Collectors.groupingBy(Unit::code, LinkedHashMap::new, Collectors.toList()));
	}

	static List<Unit> sorted(Collection<Unit> units) {
		return units.stream().sorted(Comparator.comparing(Unit::type).thenComparing(Unit::name, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	/** Sets of legal entity codes, as the chart colours them. */
	public static String entityKey(List<String> entities) {
		return String.join("+", Set.copyOf(entities).stream().sorted().toList());
	}

}

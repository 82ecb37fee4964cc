package be.eenloket.organisation.internal;

import be.eenloket.kernel.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import be.eenloket.identity.AuditLog;
import be.eenloket.organisation.OrganisationUnitClosed;
import be.eenloket.organisation.OrganisationUnitId;
import be.eenloket.organisation.UnitCode;
import be.eenloket.organisation.UnitServicePoints;
import be.eenloket.shared.LegalEntities;
import be.eenloket.shared.LegalEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing and closing organisational units. A <em>dated change</em> takes effect on a date: the period
 * covering that date is closed the day before and a new one starts. A <em>correction</em> fixes a mistake in a
 * period in place, as if it had always been right. Every change is audited.
 */
@Service
public class UnitManagement {

	private final JdbcClient jdbc;

	private final Snapshots snapshots;

	private final LegalEntities legalEntities;

	private final ObjectProvider<UnitServicePoints> servicePoints;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final OrganisationUnitRepository units;

	private final UnitPeriodRepository periods;

	private final PositionRepository positions;

	private final AssignmentRepository assignments;

	UnitManagement(JdbcClient jdbc, Snapshots snapshots, LegalEntities legalEntities,
			ObjectProvider<UnitServicePoints> servicePoints, AuditLog audit, Clock clock,
			ApplicationEventPublisher events, OrganisationUnitRepository units, UnitPeriodRepository periods,
			PositionRepository positions, AssignmentRepository assignments) {
		this.events = events;
		this.units = units;
		this.periods = periods;
		this.positions = positions;
		this.assignments = assignments;
		this.jdbc = jdbc;
		this.snapshots = snapshots;
		this.legalEntities = legalEntities;
		this.servicePoints = servicePoints;
		this.audit = audit;
		this.clock = clock;
	}

	/** The period of a unit as a form showed it: a change based on an older one is refused as a concurrent edit. */
	public record SeenPeriod(Long periodId, Long version) {

		boolean matches(Snapshot.Unit unit) {
			return periodId != null && version != null && periodId == unit.periodId() && version == unit.periodVersion();
		}

	}

	/** Creates a unit that exists from {@code validFrom}. */
	@Transactional
	public long create(String code, UnitValues values, LocalDate validFrom) {
		return create(code, values, validFrom, null);
	}

	/** Creates a unit that exists from {@code validFrom}, as part of a reorganisation when one is named. */
	@Transactional
	public long create(String code, UnitValues values, LocalDate validFrom, Long reorganisationId) {
		if (!UnitCode.isValid(code)) {
			throw new RuleViolation("code", "unit.code.format");
		}
		if (codeTaken(code)) {
			throw new RuleViolation("code", "unit.code.taken", code);
		}
		var snapshot = snapshots.asOf(validFrom);
		check(values, snapshot, null);
		var id = units.saveAndFlush(new OrganisationUnit(new UnitCode(code), now())).id();
		periods.saveAndFlush(new UnitPeriod(id, validFrom, null, values, reorganisationId, now()));
		audit.record("organisation", "CREATED", "OrganisationUnit", id,
				"Eenheid " + code + " (" + values.name() + ") aangemaakt vanaf " + validFrom + describe(values, snapshot));
		return id;
	}

	/** Whether a unit (current, past or future) already has this code: codes are never reused. */
	public boolean codeTaken(String code) {
		return units.existsByCode(code);
	}

	/** A change that takes effect on {@code date}, based on the period the form showed. */
	@Transactional
	public void changeFrom(long unitId, LocalDate date, SeenPeriod seen, UnitValues values) {
		var current = unitOn(unitId, date);
		if (!seen.matches(current)) {
			throw new ObjectOptimisticLockingFailureException("org_unit_period", current.periodId());
		}
		changeFrom(unitId, date, values, null);
	}

	/** A change that takes effect on {@code date}; history before that date stays as it was. */
	@Transactional
	public void changeFrom(long unitId, LocalDate date, UnitValues values, Long reorganisationId) {
		var snapshot = snapshots.asOf(date);
		var current = snapshot.unit(unitId).orElseThrow(() -> RuleViolation.ofForm("unit.notOnDate", date));
		check(values, snapshot, unitId);
		var period = period(current);
		if (current.validFrom().equals(date)) {
			period.record(values, reorganisationId, now());
			periods.flush();
		}
		else {
			period.endBefore(date, null);
			// ended before the next one starts: the exclusion constraint checks every statement
			periods.flush();
			periods.saveAndFlush(new UnitPeriod(unitId, date, current.validTo(), values, reorganisationId, now()));
		}
		audit.record("organisation", "CHANGED", "OrganisationUnit", unitId, "Eenheid " + current.code()
				+ " gewijzigd vanaf " + date + ": " + differences(UnitValues.of(current), values, snapshot));
	}

	/** Corrects the period that covers {@code date} in place, as the user saw it ({@code periodVersion}). */
	@Transactional
	public void correct(long unitId, LocalDate date, SeenPeriod seen, UnitValues values) {
		var snapshot = snapshots.asOf(date);
		var current = unitOn(unitId, date);
		if (!seen.matches(current)) {
			throw new ObjectOptimisticLockingFailureException("org_unit_period", current.periodId());
		}
		check(values, snapshot, unitId);
		period(current).record(values, null, now());
		periods.flush();
		audit.record("organisation", "CORRECTED", "OrganisationUnit", unitId, "Correctie van eenheid "
				+ current.code() + " (periode vanaf " + current.validFrom() + "): "
				+ differences(UnitValues.of(current), values, snapshot));
	}

	/** Closes the unit from {@code date}: see {@link #close(long, LocalDate, Long)}. */
	@Transactional
	public void close(long unitId, LocalDate date) {
		close(unitId, date, null);
	}

	/**
	 * Closes the unit from {@code date} (it no longer exists on that date). Refused while child units, staff or
	 * service points remain on that date; the problem says what is left.
	 */
	@Transactional
	public void close(long unitId, LocalDate date, Long reorganisationId) {
		var snapshot = snapshots.asOf(date);
		var unit = snapshot.unit(unitId).orElseThrow(() -> RuleViolation.ofForm("unit.notOnDate", date));
		var left = whatIsLeft(unitId, date, snapshot);
		if (!left.isEmpty()) {
			throw RuleViolation.ofForm("unit.close.notEmpty", unit.name(), listOf(left));
		}
		var period = period(unit);
		if (unit.validFrom().equals(date)) {
			periods.delete(period);
		}
		else {
			period.endBefore(date, reorganisationId);
		}
		periods.deleteAll(periods.findByUnitIdAndValidFromAfter(unitId, date));
		for (var position : positions.findByUnitId(unitId)) {
			if (position.validFrom().isBefore(date) && position.runsPast(date)) {
				position.end(date);
			}
			else if (!position.validFrom().isBefore(date) && !assignments.existsByPositionId(position.id())) {
				positions.delete(position);
			}
		}
		periods.flush();
		audit.record("organisation", "CLOSED", "OrganisationUnit", unitId,
				"Eenheid " + unit.code() + " (" + unit.name() + ") opgeheven vanaf " + date);
		events.publishEvent(new OrganisationUnitClosed(new OrganisationUnitId(unitId), date));
	}

	/**
	 * What keeps a unit from being closed on a date (empty when nothing does), as messages the page renders in the
	 * reader's language.
	 */
	public List<MessageSourceResolvable> whatIsLeft(long unitId, LocalDate date, Snapshot snapshot) {
		var left = new ArrayList<MessageSourceResolvable>();
		var children = jdbc.sql("""
				select distinct u.code from org_unit_period p join org_unit u on u.id = p.unit_id
				where p.parent_id = ? and (p.valid_to is null or p.valid_to > ?) order by u.code""")
			.params(unitId, date)
			.query(String.class)
			.list();
		if (!children.isEmpty()) {
			left.add(message("unit.left.children", children.size(), String.join(", ", children)));
		}
		var staff = jdbc.sql("""
				select count(distinct a.person_id) from org_assignment a join org_position p on p.id = a.position_id
				where p.unit_id = ? and (a.valid_to is null or a.valid_to > ?)""")
			.params(unitId, date)
			.query(Long.class)
			.single();
		if (staff > 0) {
			left.add(message("unit.left.staff", staff));
		}
		var points = servicePointsOf(unitId);
		if (!points.isEmpty()) {
			left.add(message("unit.left.servicePoints", points.size(),
					String.join(", ", points.stream().map(UnitServicePoints.ServicePoint::name).toList())));
		}
		return left;
	}

	/** The unit's public desks, as the directory (when present) knows them. */
	public List<UnitServicePoints.ServicePoint> servicePointsOf(long unitId) {
		return servicePoints.orderedStream()
			.flatMap(provider -> provider.servicePointsOf(new OrganisationUnitId(unitId)).stream())
			.toList();
	}

	/** The items of {@link #whatIsLeft} as one message argument: "a", "a en b", "a, b en c". */
	static MessageSourceResolvable listOf(List<MessageSourceResolvable> items) {
		return message("unit.left.list" + Math.min(items.size(), 3), items.toArray());
	}

	private static MessageSourceResolvable message(String key, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments);
	}

	private void check(UnitValues values, Snapshot snapshot, Long unitId) {
		if (values.name() == null || values.name().isBlank()) {
			throw new RuleViolation("name", "unit.name.required");
		}
		if (values.type() == null) {
			throw new RuleViolation("type", "unit.type.required");
		}
		if (values.legalEntities().isEmpty()) {
			throw new RuleViolation("legalEntities", "unit.legalEntities.required");
		}
		var known = legalEntities.active().stream().map(LegalEntity::code).toList();
		for (var code : values.legalEntities()) {
			if (!known.contains(code)) {
				throw new RuleViolation("legalEntities", "unit.legalEntities.unknown", code);
			}
		}
		if (values.parentId() != null) {
			if (snapshot.unit(values.parentId()).isEmpty()) {
				throw new RuleViolation("parentId", "unit.parent.notOnDate", snapshot.date());
			}
			if (unitId != null && snapshot.wouldCreateCycle(unitId, values.parentId())) {
				throw new RuleViolation("parentId", "unit.parent.cycle");
			}
		}
	}

	/** The period a snapshot showed, as it is stored; a period changed since then is a concurrent edit. */
	private UnitPeriod period(Snapshot.Unit unit) {
		var period = periods.findById(unit.periodId())
			.orElseThrow(() -> new ObjectOptimisticLockingFailureException(UnitPeriod.class, unit.periodId()));
		period.requireVersion(unit.periodVersion());
		return period;
	}

	private static String differences(UnitValues before, UnitValues after, Snapshot snapshot) {
		var changes = new ArrayList<String>();
		if (!before.name().equals(after.name())) {
			changes.add("naam " + before.name() + " → " + after.name());
		}
		if (before.type() != after.type()) {
			changes.add("type " + before.type() + " → " + after.type());
		}
		if (!Objects.equals(before.parentId(), after.parentId())) {
			changes.add("onder " + name(snapshot, before.parentId()) + " → " + name(snapshot, after.parentId()));
		}
		if (!before.legalEntities().equals(after.legalEntities())) {
			changes.add("besturen " + before.legalEntities() + " → " + after.legalEntities());
		}
		if (!Objects.equals(before.description(), after.description())
				|| !Objects.equals(before.contactEmail(), after.contactEmail())
				|| !Objects.equals(before.contactPhone(), after.contactPhone())) {
			changes.add("beschrijving of contact");
		}
		return changes.isEmpty() ? "geen wijzigingen" : String.join("; ", changes);
	}

	private static String describe(UnitValues values, Snapshot snapshot) {
		return "; onder " + name(snapshot, values.parentId()) + "; besturen " + values.legalEntities();
	}

	private static String name(Snapshot snapshot, Long unitId) {
		return unitId == null ? "(top)" : snapshot.unit(unitId).map(Snapshot.Unit::code).orElse("#" + unitId);
	}

	private Snapshot.Unit unitOn(long unitId, LocalDate date) {
		return snapshots.asOf(date)
			.unit(unitId)
			.orElseThrow(() -> new RuleViolation("effectiveDate", "unit.notOnDate", date));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}

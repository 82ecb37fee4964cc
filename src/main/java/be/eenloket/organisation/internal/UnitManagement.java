package be.eenloket.organisation.internal;

import be.eenloket.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import be.eenloket.identity.AuditLog;
import be.eenloket.organisation.OrganisationUnitId;
import be.eenloket.organisation.UnitServicePoints;
import be.eenloket.shared.LegalEntities;
import be.eenloket.shared.LegalEntity;
import org.springframework.beans.factory.ObjectProvider;
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

	UnitManagement(JdbcClient jdbc, Snapshots snapshots, LegalEntities legalEntities,
			ObjectProvider<UnitServicePoints> servicePoints, AuditLog audit, Clock clock) {
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
		if (!be.eenloket.organisation.UnitCode.isValid(code)) {
			throw new RuleViolation("code", "unit.code.format");
		}
		if (codeTaken(code)) {
			throw new RuleViolation("code", "unit.code.taken", code);
		}
		var snapshot = snapshots.asOf(validFrom);
		check(values, snapshot, null);
		var id = jdbc.sql("insert into org_unit (code, created_at) values (?, ?) returning id")
			.params(code, now())
			.query(Long.class)
			.single();
		insertPeriod(id, validFrom, null, values, reorganisationId);
		audit.record("organisation", "CREATED", "OrganisationUnit", id,
				"Eenheid " + code + " (" + values.name() + ") aangemaakt vanaf " + validFrom + describe(values, snapshot));
		return id;
	}

	/** Whether a unit (current, past or future) already has this code: codes are never reused. */
	public boolean codeTaken(String code) {
		return jdbc.sql("select count(*) from org_unit where code = ?").param(code).query(Long.class).single() > 0;
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
		if (current.validFrom().equals(date)) {
			updatePeriod(current.periodId(), current.periodVersion(), values, reorganisationId);
		}
		else {
			var closed = jdbc.sql("update org_unit_period set valid_to = ?, version = version + 1 where id = ? and version = ?")
				.params(date, current.periodId(), current.periodVersion())
				.update();
			if (closed != 1) {
				throw new ObjectOptimisticLockingFailureException("org_unit_period", current.periodId());
			}
			insertPeriod(unitId, date, current.validTo(), values, reorganisationId);
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
		updatePeriod(current.periodId(), current.periodVersion(), values, null);
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
		if (unit.validFrom().equals(date)) {
			jdbc.sql("delete from org_unit_period where id = ?").param(unit.periodId()).update();
		}
		else {
			jdbc.sql("update org_unit_period set valid_to = ?, version = version + 1, reorganisation_id = coalesce(?, reorganisation_id) where id = ?")
				.params(date, reorganisationId, unit.periodId())
				.update();
		}
		jdbc.sql("delete from org_unit_period where unit_id = ? and valid_from > ?").params(unitId, date).update();
		jdbc.sql("update org_position set valid_to = ?, version = version + 1 where unit_id = ? and valid_from < ? and (valid_to is null or valid_to > ?)")
			.params(date, unitId, date, date)
			.update();
		jdbc.sql("delete from org_position p where unit_id = ? and valid_from >= ? and not exists (select 1 from org_assignment a where a.position_id = p.id)")
			.params(unitId, date)
			.update();
		audit.record("organisation", "CLOSED", "OrganisationUnit", unitId,
				"Eenheid " + unit.code() + " (" + unit.name() + ") opgeheven vanaf " + date);
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

	private void insertPeriod(long unitId, LocalDate from, LocalDate to, UnitValues values, Long reorganisationId) {
		jdbc.sql("""
				insert into org_unit_period (unit_id, valid_from, valid_to, name, type, parent_id, description,
				    legal_entities, contact_email, contact_phone, reorganisation_id, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?::varchar[], ?, ?, ?, ?)""")
			.params(unitId, from, to, values.name().trim(), values.type().name(), values.parentId(),
					blankToNull(values.description()), "{" + String.join(",", values.legalEntities()) + "}",
					blankToNull(values.contactEmail()), blankToNull(values.contactPhone()), reorganisationId, now())
			.update();
	}

	private void updatePeriod(long periodId, long version, UnitValues values, Long reorganisationId) {
		var updated = jdbc.sql("""
				update org_unit_period set name = ?, type = ?, parent_id = ?, description = ?,
				    legal_entities = ?::varchar[], contact_email = ?, contact_phone = ?,
				    reorganisation_id = coalesce(?, reorganisation_id), recorded_at = ?, version = version + 1
				where id = ? and version = ?""")
			.params(values.name().trim(), values.type().name(), values.parentId(), blankToNull(values.description()),
					"{" + String.join(",", values.legalEntities()) + "}", blankToNull(values.contactEmail()),
					blankToNull(values.contactPhone()), reorganisationId, now(), periodId, version)
			.update();
		if (updated != 1) {
			throw new ObjectOptimisticLockingFailureException("org_unit_period", periodId);
		}
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
		if (!Objects.equals(blankToNull(before.description()), blankToNull(after.description()))
				|| !Objects.equals(blankToNull(before.contactEmail()), blankToNull(after.contactEmail()))
				|| !Objects.equals(blankToNull(before.contactPhone()), blankToNull(after.contactPhone()))) {
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

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
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

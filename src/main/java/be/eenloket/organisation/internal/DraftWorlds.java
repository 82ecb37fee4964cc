package be.eenloket.organisation.internal;

import java.time.LocalDate;
import java.util.Optional;

import be.eenloket.shared.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@link DraftWorld} of an effective date, answered from PostgreSQL (read side: snapshots and counts). */
@Component
class DraftWorlds {

	private final JdbcClient jdbc;

	private final Snapshots snapshots;

	private final UnitManagement units;

	DraftWorlds(JdbcClient jdbc, Snapshots snapshots, UnitManagement units) {
		this.jdbc = jdbc;
		this.snapshots = snapshots;
		this.units = units;
	}

	DraftWorld on(LocalDate effectiveDate) {
		return new DraftWorld() {

			private Snapshot snapshot;

			@Override
			public LocalDate effectiveDate() {
				return effectiveDate;
			}

			@Override
			public Snapshot onEffectiveDate() {
				if (snapshot == null) {
					snapshot = snapshots.asOf(effectiveDate);
				}
				return snapshot;
			}

			@Override
			public boolean codeTaken(String code) {
				return units.codeTaken(code);
			}

			@Override
			public String lastName(long unitId) {
				return DraftWorlds.this.lastName(unitId);
			}

			@Override
			public int servicePoints(long unitId) {
				return units.servicePointsOf(unitId).size();
			}

			@Override
			public long staffStartingAfter(long unitId, LocalDate date) {
				return jdbc.sql("""
						select count(distinct a.person_id) from org_assignment a join org_position p on p.id = a.position_id
						where p.unit_id = ? and a.valid_from > ?""")
					.params(unitId, date)
					.query(Long.class)
					.single();
			}

			@Override
			public Optional<AssignmentState> assignment(long assignmentId) {
				return jdbc.sql("""
						select a.id, a.position_id, a.valid_from, a.valid_to, a.version,
						       pe.first_name || ' ' || pe.last_name as person
						from org_assignment a join org_person pe on pe.id = a.person_id where a.id = ?""")
					.param(assignmentId)
					.query((rs, row) -> new AssignmentState(rs.getLong("id"), rs.getLong("position_id"),
							rs.getString("person"), new Period(rs.getObject("valid_from", LocalDate.class),
									rs.getObject("valid_to", LocalDate.class)),
							rs.getLong("version")))
					.optional();
			}

		};
	}

	/** A unit's most recent name, also when it no longer exists. */
	String lastName(long unitId) {
		return jdbc.sql("select name from org_unit_period where unit_id = ? order by valid_from desc limit 1")
			.param(unitId)
			.query(String.class)
			.optional()
			.orElse("#" + unitId);
	}

}

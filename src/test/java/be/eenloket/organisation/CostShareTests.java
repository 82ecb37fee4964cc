package be.eenloket.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import be.eenloket.organisation.internal.CostShare;
import be.eenloket.organisation.internal.OrganisationCsv;
import be.eenloket.organisation.internal.Snapshot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cost-share figures on a hand-computed example. */
class CostShareTests {

	static final LocalDate FROM = LocalDate.of(2020, 1, 1);

	@Test
	void aJointUnitSharesItsFteEquallyAndTheBalanceSaysWhoOwesWhom() {
		// Joint ICT (GEM + OCMW): 2.0 FTE employed by GEM, 1.0 by OCMW = 3.0 FTE, so each entity gets 1.5.
		// GEM employs 2.0 but receives 1.5: balance -0.5 (its staff worked 0.5 for OCMW).
		// OCMW employs 1.0 but receives 1.5: balance +0.5 (it owes GEM for 0.5 FTE).
		// Burgerzaken (GEM only) with 0.8 FTE employed by OCMW: GEM +0.8, OCMW -0.8.
		var snapshot = new Snapshot(FROM,
				Map.of(1L, unit(1, "ICT", List.of("GEM", "OCMW")), 2L, unit(2, "Burgerzaken", List.of("GEM"))),
				Map.of(10L, position(10, 1), 20L, position(20, 2)),
				List.of(assignment(100, 10, 1, "1.00"), assignment(101, 10, 2, "1.00"), assignment(102, 10, 3, "1.00"),
						assignment(103, 20, 4, "0.80")),
				Map.of(1L, person(1, "GEM"), 2L, person(2, "GEM"), 3L, person(3, "OCMW"), 4L, person(4, "OCMW")));

		var report = CostShare.of(snapshot);

		var ict = report.rows().stream().filter(row -> row.unit().code().equals("U1")).findFirst().orElseThrow();
		assertThat(ict.total()).isEqualByComparingTo("3.00");
		assertThat(ict.workedFor()).containsEntry("GEM", new BigDecimal("1.50")).containsEntry("OCMW", new BigDecimal("1.50"));
		assertThat(ict.balance()).containsEntry("GEM", new BigDecimal("-0.50")).containsEntry("OCMW", new BigDecimal("0.50"));
		assertThat(report.balance()).containsEntry("GEM", new BigDecimal("0.30")).containsEntry("OCMW", new BigDecimal("-0.30"));
		assertThat(report.employed()).containsEntry("GEM", new BigDecimal("2.00")).containsEntry("OCMW", new BigDecimal("1.80"));

		var csv = OrganisationCsv.costShare(report);
		assertThat(csv).startsWith("\uFEFF").contains("U1;ICT;GEM+OCMW;3,00;2,00;1,50;-0,50;1,00;1,50;0,50");
	}

	@Test
	void cellsThatLookLikeFormulasAreNeutralised() {
		var snapshot = new Snapshot(FROM, Map.of(1L, unit(1, "=HYPERLINK(\"http://x\")", List.of("GEM"))), Map.of(), List.of(), Map.of());
		assertThat(OrganisationCsv.units(snapshot)).contains("'=HYPERLINK").doesNotContain(";=HYPERLINK");
	}

	static Snapshot.Unit unit(long id, String name, List<String> entities) {
		return new Snapshot.Unit(id, "U" + id, name, UnitType.DIENST, null, entities, null, null, null, id, 0, FROM, null);
	}

	static Snapshot.Position position(long id, long unit) {
		return new Snapshot.Position(id, unit, PositionKind.STAFF, "Medewerker", null, FROM, null, 0);
	}

	static Snapshot.Assignment assignment(long id, long position, long person, String fte) {
		return new Snapshot.Assignment(id, position, person, new BigDecimal(fte), FROM, null, 0);
	}

	static Snapshot.Person person(long id, String employer) {
		return new Snapshot.Person(id, "Voornaam" + id, "Naam" + id, null, null, employer, null, 0);
	}

}

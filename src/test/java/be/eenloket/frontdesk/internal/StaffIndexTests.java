package be.eenloket.frontdesk.internal;

import java.util.List;

import be.eenloket.organisation.OrganisationUnitId;
import be.eenloket.organisation.PositionKind;
import be.eenloket.organisation.StaffMember;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's staff index, without Spring: beginnings of words, whole words first, typos in names, no syntax. */
class StaffIndexTests {

	static final StaffMember PEETERS = member(1, "Jan", "Peeters", "Baliemedewerker", "Dienst Burgerzaken");

	static final StaffMember PEETERMANS = member(2, "Ann", "Peetermans", "Diensthoofd", "Financiële dienst");

	static final StaffMember QUISTWATER = member(3, "Xaveria", "Quistwater", "Maatschappelijk werker",
			"Sociale dienst");

	static final StaffIndex INDEX = StaffIndex.of(List.of(PEETERMANS, PEETERS, QUISTWATER));

	@Test
	void theBeginningOfANameFindsEveryoneWhoseNameStartsSo() {
		assertThat(INDEX.search("Pee", 10)).containsExactlyInAnyOrder(PEETERS, PEETERMANS);
	}

	@Test
	void aWholeNameRanksAboveANameThatOnlyStartsWithIt() {
		assertThat(INDEX.search("peeters", 10)).first().isEqualTo(PEETERS);
	}

	@Test
	void everyWordMustMatchAndFunctionOrUnitCount() {
		assertThat(INDEX.search("pee financiele", 10)).containsExactly(PEETERMANS);
		assertThat(INDEX.search("maatschappelijk", 10)).containsExactly(QUISTWATER);
	}

	@Test
	void aTypoInANameStillFindsThePerson() {
		assertThat(INDEX.search("Quistwatter", 10)).containsExactly(QUISTWATER);
	}

	@Test
	void typosAreLettersAddedLeftOutChangedOrSwapped() {
		assertThat(INDEX.search("Peetres", 10)).first().isEqualTo(PEETERS);
		assertThat(INDEX.search("Quistwter", 10)).containsExactly(QUISTWATER);
		assertThat(INDEX.search("Quistwaterr", 10)).containsExactly(QUISTWATER);
		assertThat(INDEX.search("Xaverai", 10)).containsExactly(QUISTWATER);
		// the first letter is taken as typed, as Lucene's fuzzy query with a prefix of one did; a word that is nobody's
		// name ("leefloon") finds nobody
		assertThat(INDEX.search("Beeters", 10)).isEmpty();
		assertThat(INDEX.search("leefloon", 10)).isEmpty();
	}

	@Test
	void theTypoDistanceCountsEachEditOnceAndStopsAtTheLimit() {
		assertThat(StaffIndex.typos("peeters", "peeters", 2)).isZero();
		assertThat(StaffIndex.typos("peetres", "peeters", 2)).isEqualTo(1);
		assertThat(StaffIndex.typos("quistwatter", "quistwater", 2)).isEqualTo(1);
		assertThat(StaffIndex.typos("qistwatr", "quistwater", 2)).isEqualTo(2);
		assertThat(StaffIndex.typos("abcdefgh", "quistwater", 2)).isEqualTo(3);
		assertThat(INDEX.near("peetrs", 1)).containsExactly("peeters");
		assertThat(INDEX.near("peetermasn", 2)).containsExactly("peetermans");
	}

	@Test
	void oddInputFindsNobodyAndNeverFails() {
		for (var query : List.of("", "!!!", "title:*", "a AND (", "*", "\"")) {
			assertThat(INDEX.search(query, 10)).as(query).isEmpty();
		}
	}

	static StaffMember member(long id, String first, String last, String title, String unit) {
		return new StaffMember(id, first, last, null, null, "GEM",
				List.of(new StaffMember.Position(new OrganisationUnitId(id), unit, PositionKind.STAFF, title)));
	}

}

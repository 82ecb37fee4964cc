package be.eenloket.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;

import be.eenloket.organisation.internal.Reorganisation;
import be.eenloket.organisation.internal.RenameUnit;
import be.eenloket.organisation.internal.DraftChange;
import be.eenloket.organisation.internal.Reorganisations;

import be.eenloket.organisation.internal.StaffManagement;
import be.eenloket.support.IntegrationTest;
import be.eenloket.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OrganogramWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffManagement staff;

	@Autowired
	Reorganisations reorganisations;

	@Autowired
	MutableClock clock;

	private long assignments(long person) {
		return jdbc.sql("select count(*) from org_assignment where person_id = ?").param(person).query(Long.class).single();
	}

	@Test
	void aStaleUnitFormExplainsThatSomeoneElseSavedFirstAndSavesNothing() throws Exception {
		var unit = jdbc.sql("""
				select p.unit_id, p.id, p.version, p.name from org_unit_period p join org_unit u on u.id = p.unit_id
				where u.code = 'SPORT' and p.valid_to is null""")
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
		mvc.perform(post("/organogram/eenheden/" + unit[0] + "/wijzigen").with(user("secretariaat").roles("SECRETARIAT"))
			.with(csrf())
			.param("mode", "CORRECTION")
			.param("effectiveDate", "2026-01-01")
			.param("name", "Sportdienst (verouderd formulier)")
			.param("type", "DIENST")
			.param("legalEntities", "GEM")
			.param("periodId", String.valueOf(unit[1]))
			.param("periodVersion", String.valueOf(unit[2] - 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders was u voor")));
		assertThat(jdbc.sql("select count(*) from org_unit_period where name like '%verouderd%'").query(Long.class).single()).isZero();
	}

	@Test
	void theUnitPageShowsHistoryFteByEmployerAndVacancies() throws Exception {
		var ict = jdbc.sql("select id from org_unit where code = 'ICT'").query(Long.class).single();
		mvc.perform(get("/organogram/eenheden/" + ict).with(user("onthaal").roles("FRONT_DESK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Diensthoofd ICT: vacant")))
			.andExpect(content().string(containsString("Voltijdse equivalenten per werkgever")))
			.andExpect(content().string(containsString("Geschiedenis")));
	}

	@Test
	void unknownUnitsAndGarbledDatesGiveNormalPages() throws Exception {
		mvc.perform(get("/organogram/eenheden/987654").with(user("onthaal").roles("FRONT_DESK")).accept("text/html"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/organogram").param("datum", "<script>alert(1)</script>").with(user("onthaal").roles("FRONT_DESK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Deze datum kunnen we niet lezen")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert"))));
		mvc.perform(get("/organogram").param("datum", "1700-01-01").with(user("onthaal").roles("FRONT_DESK")))
			.andExpect(content().string(containsString("Deze datum kunnen we niet lezen")));
	}

	@Test
	void aTotalAboveOneFteIsSavedOnlyAfterTheSecretariatConfirmsIt() throws Exception {
		var unit = jdbc.sql("select id from org_unit where code = 'BIB'").query(Long.class).single();
		var first = staff.createPosition(unit, PositionKind.STAFF, "Voltijdse functie", null, LocalDate.of(2020, 1, 1));
		var second = staff.createPosition(unit, PositionKind.STAFF, "Overdrachtsfunctie", null, LocalDate.of(2020, 1, 1));
		var person = staff.createPerson("Olaf", "Overdracht", null, null, "GEM");
		staff.assign(person, first, BigDecimal.ONE, LocalDate.of(2020, 1, 1), null, false);
		var request = post("/organogram/toewijzingen/nieuw").param("functie", String.valueOf(second))
			.param("personId", String.valueOf(person)).param("fte", "0.5").param("validFrom", "2026-01-01")
			.with(user("secretariaat").roles("SECRETARIAT")).with(csrf());

		mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Met deze toewijzing krijgt de medewerker samen 1,5 VTE")))
			.andExpect(content().string(containsString("name=\"confirmOverOne\"")));
		assertThat(assignments(person)).isEqualTo(1);

		mvc.perform(request.param("confirmOverOne", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(assignments(person)).isEqualTo(2);
	}

	@Test
	void aStaleApprovalIsExplainedAndApprovesNothing() throws Exception {
		clock.travelTo(LocalDate.of(2026, 11, 23));
		try {
			var dienst = jdbc.sql("select id from org_unit where code = 'SPORT'").query(Long.class).single();
			var draft = reorganisations.createDraft("Sportdienst hernoemen", LocalDate.of(2027, 3, 1), "secretariaat");
			var seen = reorganisations.find(draft).orElseThrow().version();
			// a colleague adds a change after the director opened the page
			reorganisations.addChange(draft, new RenameUnit(dienst, "Sport en beweging"));
			mvc.perform(post("/organogram/herstructureringen/" + draft + "/goedkeuren")
				.param("version", String.valueOf(seen)).param("councilDecisionDate", "2026-11-19")
				.param("councilDecisionNumber", "2026/200")
				.with(user("algemeendirecteur").roles("GENERAL_DIRECTOR")).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Iemand anders was u voor")));
			assertThat(reorganisations.find(draft).orElseThrow().status()).isEqualTo(Reorganisation.Status.DRAFT);
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void theChangeFormOffersTheDraftsNewUnitsAsParentAndTheDraftRefusesToDropOneThatIsInUse() throws Exception {
		clock.travelTo(LocalDate.of(2026, 11, 23));
		try {
			var sport = jdbc.sql("select id from org_unit where code = 'SPORT'").query(Long.class).single();
			var draft = reorganisations.createDraft("Afdeling Vrije Tijd", LocalDate.of(2027, 4, 1), "secretariaat");
			var secretariat = user("secretariaat").roles("SECRETARIAT");
			mvc.perform(post("/organogram/herstructureringen/" + draft + "/wijzigingen/nieuw").param("soort", "CREATE")
				.param("newCode", "vrijetijd").param("newName", "Afdeling Vrije Tijd").param("newType", "AFDELING")
				.param("newLegalEntities", "GEM").param("newHeadTitle", "Afdelingshoofd vrije tijd").param("newHeadGrade", "A4a")
				.with(secretariat).with(csrf()))
				.andExpect(status().is3xxRedirection());
			var create = reorganisations.find(draft).orElseThrow().changes().get(0).id();
			var key = DraftChange.createdUnitKey(create);

			mvc.perform(get("/organogram/herstructureringen/" + draft + "/wijzigingen/nieuw").param("soort", "MOVE").with(secretariat))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<optgroup label=\"Nieuw in dit ontwerp\">")))
				.andExpect(content().string(containsString("<option value=\"" + key + "\">Afdeling Vrije Tijd</option>")));
			mvc.perform(post("/organogram/herstructureringen/" + draft + "/wijzigingen/nieuw").param("soort", "MOVE")
				.param("unitId", String.valueOf(sport)).param("newParentId", String.valueOf(key))
				.with(secretariat).with(csrf()))
				.andExpect(status().is3xxRedirection());
			// the head of the sports service becomes head of the new afdeling
			var sportHead = jdbc.sql("""
					select a.id from org_assignment a join org_position p on p.id = a.position_id
					where p.unit_id = ? and p.kind = 'HEAD' and a.valid_to is null""").param(sport).query(Long.class).single();
			mvc.perform(get("/organogram/herstructureringen/" + draft + "/wijzigingen/nieuw").param("soort", "MOVE_STAFF").with(secretariat))
				.andExpect(content().string(containsString("<option value=\"" + key + "\">Afdeling Vrije Tijd — Afdelingshoofd vrije tijd</option>")));
			mvc.perform(post("/organogram/herstructureringen/" + draft + "/wijzigingen/nieuw").param("soort", "MOVE_STAFF")
				.param("assignmentId", String.valueOf(sportHead)).param("targetPositionId", String.valueOf(key))
				.with(secretariat).with(csrf()))
				.andExpect(status().is3xxRedirection());
			mvc.perform(get("/organogram/herstructureringen/" + draft).with(secretariat))
				.andExpect(content().string(containsString("Sportdienst komt onder Afdeling Vrije Tijd")))
				.andExpect(content().string(containsString(
						"Nieuwe eenheid Afdeling Vrije Tijd (VRIJETIJD) onder Top van de organisatie, met de functie Afdelingshoofd vrije tijd als hoofd")))
				.andExpect(content().string(containsString("naar Afdelingshoofd vrije tijd (Afdeling Vrije Tijd)")));

			mvc.perform(post("/organogram/herstructureringen/" + draft + "/wijzigingen/" + create + "/verwijderen")
				.with(secretariat).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(
						"U kunt de nieuwe eenheid Afdeling Vrije Tijd niet uit het ontwerp halen: 2 andere wijzigingen in dit ontwerp bouwen erop voort")));
			assertThat(reorganisations.find(draft).orElseThrow().changes()).hasSize(3);
			reorganisations.cancel(draft, reorganisations.find(draft).orElseThrow().version());
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void onlyTheGeneralDirectorMayApprove() throws Exception {
		mvc.perform(post("/organogram/herstructureringen/1/goedkeuren").with(user("secretariaat").roles("SECRETARIAT"))
			.with(csrf())).andExpect(status().isForbidden());
	}

}

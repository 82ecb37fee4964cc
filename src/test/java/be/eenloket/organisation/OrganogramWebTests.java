package be.eenloket.organisation;

import be.eenloket.support.IntegrationTest;
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
	void onlyTheGeneralDirectorMayApprove() throws Exception {
		mvc.perform(post("/organogram/herstructureringen/1/goedkeuren").with(user("secretariaat").roles("SECRETARIAT"))
			.with(csrf())).andExpect(status().isForbidden());
	}

}

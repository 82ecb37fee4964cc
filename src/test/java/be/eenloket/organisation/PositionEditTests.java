package be.eenloket.organisation;

import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The secretariat corrects a position's title and grade and ends a position, never one that is still held. */
@IntegrationTest
class PositionEditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static MockHttpServletRequestBuilder secretariat(MockHttpServletRequestBuilder request) {
		return request.with(user("secretariaat").roles("SECRETARIAT")).with(csrf());
	}

	@Test
	void aPositionIsCorrectedOnceAndAStaleCorrectionIsExplained() throws Exception {
		var unit = jdbc.sql("select id from org_unit where code = 'BIB'").query(Long.class).single();
		var position = jdbc.sql("insert into org_position (unit_id, kind, title, valid_from) values (?, 'STAFF', 'Bibliothecaris', '2018-01-01') returning id")
			.param(unit).query(Long.class).single();
		mvc.perform(secretariat(get("/organogram/functies/" + position))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Bibliothecaris")));
		mvc.perform(secretariat(post("/organogram/functies/" + position)).param("title", "Bibliothecaris").param("grade", "Z9")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Een graad ziet eruit als A1a, B4 of C1-3.")));
		mvc.perform(secretariat(post("/organogram/functies/" + position)).param("title", "Bibliothecaris-coördinator")
			.param("grade", "B4").param("version", "0"))
			.andExpect(redirectedUrl("/organogram/eenheden/" + unit));
		mvc.perform(secretariat(post("/organogram/functies/" + position)).param("title", "Iets anders").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders was u voor")));
		assertThat(jdbc.sql("select title || ' ' || grade from org_position where id = ?").param(position).query(String.class).single())
			.isEqualTo("Bibliothecaris-coördinator B4");
		assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'Position' and record_id = ? and action = 'CORRECTED'")
			.param(String.valueOf(position)).query(Long.class).single()).isOne();
	}

	@Test
	void aHeldPositionCannotBeEndedUntilItsHolderLeaves() throws Exception {
		var held = jdbc.sql("""
				select p.id, p.version, p.unit_id, pe.last_name from org_position p
				join org_assignment a on a.position_id = p.id and a.valid_to is null
				join org_person pe on pe.id = a.person_id
				where p.kind = 'STAFF' and p.valid_to is null order by p.id limit 1""")
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4) })
			.single();
		mvc.perform(secretariat(post("/organogram/functies/" + held[0] + "/beeindigen")).param("date", "2030-01-01")
			.param("version", String.valueOf(held[1])))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Deze functie is op of na die datum nog toegewezen aan")))
			.andExpect(content().string(containsString((String) held[3])));
		assertThat(jdbc.sql("select valid_to from org_position where id = ?").param(held[0]).query(java.time.LocalDate.class)
			.optional().orElse(null)).isNull();

		var unit = jdbc.sql("select id from org_unit where code = 'SPORT'").query(Long.class).single();
		var vacant = jdbc.sql("insert into org_position (unit_id, kind, title, valid_from) values (?, 'STAFF', 'Redder', '2018-01-01') returning id")
			.param(unit).query(Long.class).single();
		mvc.perform(secretariat(post("/organogram/functies/" + vacant + "/beeindigen")).param("date", "2017-06-01").param("version", "0"))
			.andExpect(content().string(containsString("De einddatum moet na de begindatum liggen.")));
		mvc.perform(secretariat(post("/organogram/functies/" + vacant + "/beeindigen")).param("date", "2030-01-01").param("version", "0"))
			.andExpect(redirectedUrl("/organogram/eenheden/" + unit));
		assertThat(jdbc.sql("select valid_to from org_position where id = ?").param(vacant).query(java.time.LocalDate.class).single())
			.isEqualTo(java.time.LocalDate.of(2030, 1, 1));
	}

	@Test
	void onlyTheOrganogramsEditorsChangePositionsAndBadIdsAreNotFound() throws Exception {
		var position = jdbc.sql("select id from org_position order by id limit 1").query(Long.class).single();
		mvc.perform(get("/organogram/functies/" + position).with(user("onthaal").roles("FRONT_DESK"))).andExpect(status().isForbidden());
		mvc.perform(secretariat(get("/organogram/functies/abc"))).andExpect(status().isNotFound());
		mvc.perform(secretariat(get("/organogram/functies/99999999"))).andExpect(status().isNotFound());
	}

}

package be.eenloket.directory;

import java.time.LocalDate;

import be.eenloket.organisation.OrganisationUnitClosed;
import be.eenloket.organisation.OrganisationUnitId;
import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The directory learns from the organisation module's event that a unit closed: the desk stays for citizens, the
 * editors are asked to choose the unit that took over, and choosing one clears the question.
 */
@IntegrationTest
@EnableScenarios
class UnitClosedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void whenItsUnitClosesTheDeskStaysAndTheEditorIsAskedForTheUnitThatTookOver(Scenario scenario) throws Exception {
		var schuld = unit("SCHULD");
		var floor = jdbc.sql("select f.id from dir_floor f join dir_building b on b.id = f.building_id where b.slug = 'ocmw' and f.level = 0")
			.query(Long.class).single();
		mvc.perform(editor(post("/beheer/dienstengids/diensten/nieuw")).param("name", "Schuldhulp balie")
			.param("unitId", String.valueOf(schuld)).param("floorId", String.valueOf(floor)).param("validFrom", "2020-01-01"))
			.andExpect(redirectedUrl("/diensten/schuldhulp-balie"));
		var closedOn = LocalDate.of(2027, 1, 1);

		scenario.publish(new OrganisationUnitClosed(new OrganisationUnitId(schuld), closedOn))
			.andWaitForStateChange(() -> jdbc.sql("select unit_closed_on from dir_service_point where slug = 'schuldhulp-balie' and unit_closed_on is not null")
				.query(LocalDate.class).optional())
			.andVerify(marked -> assertThat(marked).contains(closedOn));

		mvc.perform(get("/diensten/schuldhulp-balie")).andExpect(content().string(containsString("Schuldhulp balie")));
		mvc.perform(editor(get("/beheer/dienstengids")))
			.andExpect(content().string(containsString("Loketten van een gesloten eenheid")))
			.andExpect(content().string(containsString("Schuldhulp balie")));
		var point = jdbc.sql("select id, version from dir_service_point where slug = 'schuldhulp-balie'")
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		mvc.perform(editor(get("/beheer/dienstengids/diensten/" + point[0])))
			.andExpect(content().string(containsString("De eenheid van dit loket is opgeheven op 1 januari 2027")));

		mvc.perform(editor(post("/beheer/dienstengids/diensten/" + point[0])).param("name", "Schuldhulp balie")
			.param("unitId", String.valueOf(unit("SOC"))).param("version", String.valueOf(point[1])))
			.andExpect(redirectedUrl("/beheer/dienstengids"));
		assertThat(jdbc.sql("select count(*) from dir_service_point where id = ? and unit_closed_on is null").param(point[0])
			.query(Long.class).single()).isOne();
		mvc.perform(editor(get("/beheer/dienstengids")))
			.andExpect(content().string(not(containsString("Loketten van een gesloten eenheid"))));
	}

	private long unit(String code) {
		return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
	}

	private static MockHttpServletRequestBuilder editor(MockHttpServletRequestBuilder request) {
		return request.with(user("redactie").roles("DIRECTORY_EDITOR")).with(csrf());
	}

}

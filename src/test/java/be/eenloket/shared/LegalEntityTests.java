package be.eenloket.shared;

import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LegalEntityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LegalEntities legalEntities;

	@Test
	void theDemoDataHasTheGemeenteAndTheOcmw() {
		assertThat(legalEntities.active()).extracting(LegalEntity::code).contains("GEM", "OCMW");
		assertThat(legalEntities.byCode("OCMW").orElseThrow().enterpriseNumber().formatted()).isEqualTo("0212.689.128");
	}

	@Test
	void administratorAddsAnAgbWithANumberTypedTheUsualWay() throws Exception {
		mvc.perform(post("/admin/legal-entities/new").with(user("admin").roles("ADMIN")).with(csrf())
			.param("code", "agb")
			.param("officialName", "AGB Sport en Vrije Tijd")
			.param("enterpriseNumber", "BE 0888.453.187"))
			.andExpect(redirectedUrl("/admin/legal-entities"));
		assertThat(legalEntities.byCode("AGB").orElseThrow().enterpriseNumber().digits()).isEqualTo("0888453187");
		assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'LegalEntity' and summary like 'Bestuur AGB%'")
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aWrongCheckNumberIsExplainedAndNothingIsSaved() throws Exception {
		mvc.perform(post("/admin/legal-entities/new").with(user("admin").roles("ADMIN")).with(csrf())
			.param("code", "FOUT")
			.param("officialName", "Foutief bestuur")
			.param("enterpriseNumber", "0207.436.281"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit is geen geldig ondernemingsnummer")));
		assertThat(legalEntities.byCode("FOUT")).isEmpty();
	}

	@Test
	void theDatabaseItselfRefusesAnInvalidEnterpriseNumber() {
		assertThatThrownBy(() -> jdbc.sql("""
				insert into legal_entity (code, official_name, enterprise_number) values ('DB', 'Rechtstreeks', '0207436281')""")
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theSecretariatMayReadButNotChangeLegalEntities() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/legal-entities")
			.with(user("secretariaat").roles("SECRETARIAT"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/admin/legal-entities/new"))));
		mvc.perform(post("/admin/legal-entities/new").with(user("secretariaat").roles("SECRETARIAT")).with(csrf())
			.param("code", "NOPE")).andExpect(status().isForbidden());
	}

}

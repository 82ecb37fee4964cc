package be.eenloket.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;

import be.eenloket.organisation.internal.StaffManagement;
import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat links a person to the staff account they log in with, so other modules know someone's units
 * ("my unit"): only an existing account, and one person per account.
 */
@IntegrationTest
class PersonAccountLinkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffManagement staff;

	@Autowired
	OrganisationChart organisation;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecretariatLinksAnExistingAccountAndTheOrganogramKnowsItsUnits() throws Exception {
		mvc.perform(post("/admin/accounts/new").with(user("admin").roles("ADMIN")).with(csrf())
			.param("username", "lien.koppeling").param("displayName", "Lien Koppeling")
			.param("roles", "DEPARTMENT_HEAD").param("enabled", "true").param("password", "een-lang-wachtwoord-2026"))
			.andExpect(status().is3xxRedirection());
		var unit = jdbc.sql("select id from org_unit where code = 'SPORT'").query(Long.class).single();
		var position = staff.createPosition(unit, PositionKind.STAFF, "Sportpromotor", null, LocalDate.of(2020, 1, 1));
		var person = staff.createPerson("Lien", "Koppeling", null, null, "GEM");
		staff.assign(person, position, BigDecimal.ONE, LocalDate.of(2020, 1, 1), null, false);
		assertThat(organisation.unitsOfAccount("lien.koppeling", LocalDate.of(2026, 11, 23))).isEmpty();

		var form = post("/organogram/medewerkers/" + person + "/wijzigen").with(user("secretariaat").roles("SECRETARIAT"))
			.with(csrf()).param("firstName", "Lien").param("lastName", "Koppeling").param("employer", "GEM");
		mvc.perform(form.param("accountUsername", "bestaat.niet").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Er is geen account met de gebruikersnaam bestaat.niet.")));
		mvc.perform(post("/organogram/medewerkers/" + person + "/wijzigen").with(user("secretariaat").roles("SECRETARIAT"))
			.with(csrf()).param("firstName", "Lien").param("lastName", "Koppeling").param("employer", "GEM")
			.param("accountUsername", "Geen Naam!").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Een gebruikersnaam bestaat uit kleine letters")));
		// the demo links the account redactie to someone in Communicatie already
		mvc.perform(post("/organogram/medewerkers/" + person + "/wijzigen").with(user("secretariaat").roles("SECRETARIAT"))
			.with(csrf()).param("firstName", "Lien").param("lastName", "Koppeling").param("employer", "GEM")
			.param("accountUsername", "redactie").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit account is al gekoppeld aan")));
		assertThat(jdbc.sql("select account_username from org_person where id = ?").param(person).query(String.class)
			.optional()).isEmpty();

		// typed with capitals, stored the way accounts are named
		mvc.perform(post("/organogram/medewerkers/" + person + "/wijzigen").with(user("secretariaat").roles("SECRETARIAT"))
			.with(csrf()).param("firstName", "Lien").param("lastName", "Koppeling").param("employer", "GEM")
			.param("accountUsername", " Lien.Koppeling ").param("version", "0"))
			.andExpect(redirectedUrl("/organogram/medewerkers/" + person));
		assertThat(organisation.unitsOfAccount("lien.koppeling", LocalDate.of(2026, 11, 23)))
			.extracting(UnitSummary::code).containsExactly("SPORT");
		assertThat(organisation.unitsOfAccount("lien.koppeling", LocalDate.of(2019, 12, 31)))
			.as("before the assignment started").isEmpty();
		assertThat(jdbc.sql("select summary from audit_entry where record_type = 'Person' and record_id = ? order by id desc limit 1")
			.param(String.valueOf(person)).query(String.class).single()).contains("account lien.koppeling");
	}

}

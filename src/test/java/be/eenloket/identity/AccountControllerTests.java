package be.eenloket.identity;

import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void administratorCreatesAnAccountWithRoles() throws Exception {
		mvc.perform(post("/admin/accounts/new").with(user("admin").roles("ADMIN")).with(csrf())
			.param("username", "Jan.Peeters")
			.param("displayName", "Jan Peeters")
			.param("roles", "FRONT_DESK", "SECRETARIAT")
			.param("enabled", "true")
			.param("password", "een-lang-wachtwoord"))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("saved", "jan.peeters"));
		var roles = jdbc.sql("""
				select r.role from account_role r join account a on a.id = r.account_id
				where a.username = 'jan.peeters' order by r.role""").query(String.class).list();
		assertThat(roles).containsExactly("FRONT_DESK", "SECRETARIAT");
		var actor = jdbc.sql("select actor from audit_entry where summary like 'Account jan.peeters aangemaakt%'")
			.query(String.class).single();
		assertThat(actor).isEqualTo("admin");
	}

	@Test
	void formTextArrivesTrimmedButAPasswordIsKeptAsTyped() throws Exception {
		mvc.perform(post("/admin/accounts/new").with(user("admin").roles("ADMIN")).with(csrf())
			.param("username", "  ria.spatie ")
			.param("displayName", "  Ria Spatie \n")
			.param("roles", "DPO")
			.param("enabled", "true")
			.param("password", " met spaties rond "))
			.andExpect(redirectedUrl("/admin/accounts"));
		var displayName = jdbc.sql("select display_name from account where username = 'ria.spatie'")
			.query(String.class).single();
		assertThat(displayName).isEqualTo("Ria Spatie");
		var hash = jdbc.sql("select password_hash from account where username = 'ria.spatie'").query(String.class).single();
		assertThat(passwords.matches(" met spaties rond ", hash)).isTrue();
	}

	@Test
	void badInputShowsMessagesNextToTheFieldsAndSavesNothing() throws Exception {
		mvc.perform(post("/admin/accounts/new").with(user("admin").roles("ADMIN")).with(csrf())
			.param("username", "Geen Geldige Naam!")
			.param("displayName", "")
			.param("password", "kort"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Er is een probleem")))
			.andExpect(content().string(containsString("Een gebruikersnaam heeft 2 tot 60 tekens")))
			.andExpect(content().string(containsString("Geef de naam van de medewerker in.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("id=\"username-error\"")));
		assertThat(jdbc.sql("select count(*) from account where display_name = ''").query(Long.class).single()).isZero();
	}

	@Test
	void aStaleFormExplainsThatSomeoneElseSavedFirst() throws Exception {
		var id = jdbc.sql("select id from account where username = 'onthaal'").query(Long.class).single();
		var version = jdbc.sql("select version from account where id = ?").param(id).query(Long.class).single();
		mvc.perform(post("/admin/accounts/" + id).with(user("admin").roles("ADMIN")).with(csrf())
			.param("displayName", "Olivia Onthaal")
			.param("roles", "FRONT_DESK")
			.param("enabled", "true")
			.param("version", String.valueOf(version - 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders was u voor")));
	}

	@Test
	void anUnknownAccountIsTheDutchNotFoundPage() throws Exception {
		mvc.perform(get("/admin/accounts/999999").with(user("admin").roles("ADMIN")).accept("text/html"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/accounts/geen-nummer").with(user("admin").roles("ADMIN")).accept("text/html"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theAuditPageFiltersAndExplainsBadDates() throws Exception {
		mvc.perform(get("/admin/audit").param("module", "identity").with(user("dpo").roles("DPO")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Demo-account onthaal aangemaakt")));
		mvc.perform(get("/admin/audit").param("from", "gisteren").param("page", "x<script>")
			.with(user("dpo").roles("DPO")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Geef een geldige datum in")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>"))));
		mvc.perform(get("/admin/audit").param("from", "2026-11-20").param("to", "2026-11-01")
			.with(user("dpo").roles("DPO")))
			.andExpect(content().string(containsString("De einddatum ligt voor de begindatum.")));
	}

}

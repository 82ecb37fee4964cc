package be.eenloket.shared;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What an attacker or a careless user sends gets a 403, a 404 or a message by the field, never a 500. */
@IntegrationTest
class HostileInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void aForgedCsrfTokenIsForbiddenNotAServerError() throws Exception {
		var session = new MockHttpSession();
		mvc.perform(get("/login").session(session)).andExpect(status().isOk());
		var random = new byte[72];
		new SecureRandom().nextBytes(random);
		var forged = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		assertThat(forged).hasSize(96);
		mvc.perform(post("/login").session(session).param("username", "x").param("password", "y").param("_csrf", forged))
			.andExpect(status().isForbidden());
	}

	@Test
	void theErrorPathIsNoPageOfItsOwn() throws Exception {
		mvc.perform(get("/error").accept("text/html")).andExpect(status().isNotFound());
	}

	@Test
	void tomcatsOwnRefusalCarriesTheSecurityHeaders() throws Exception {
		var response = raw("GET /a%2fb HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 400").contains("X-Content-Type-Options: nosniff")
			.contains("Content-Security-Policy: default-src 'none'").contains("X-Frame-Options: DENY")
			.doesNotContainIgnoringCase("Apache Tomcat");
	}

	@Test
	void aForeignHostHeaderNeverEndsUpInARedirect() throws Exception {
		var response = raw("GET /admin/accounts HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 302").contains("Location: /login").doesNotContain("evil.example");
	}

	@Test
	void aNulByteInATextFieldIsAFieldMessageAndSavesNothing() throws Exception {
		var before = jdbc.sql("select count(*) from legal_entity").query(Long.class).single();
		mvc.perform(post("/admin/legal-entities/new").with(user("admin").roles("ADMIN")).with(csrf())
			.param("code", "NUL").param("officialName", "Gemeente\u0000X").param("enterpriseNumber", "0207.436.651"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("onzichtbaar stuurteken")));
		assertThat(jdbc.sql("select count(*) from legal_entity").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void anOverlongTextIsAFieldMessage() throws Exception {
		mvc.perform(post("/admin/legal-entities/new").with(user("admin").roles("ADMIN")).with(csrf())
			.param("code", "LANG").param("officialName", "x".repeat(100_000)).param("enterpriseNumber", "0207.436.651"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("te lang")));
	}

	@Test
	void aNewUnitNameOverTheColumnWidthIsAFieldMessageNotAServerError() throws Exception {
		var draft = jdbc.sql("select min(id) from org_reorganisation where status = 'DRAFT'").query(Long.class).single();
		var before = jdbc.sql("select count(*) from org_reorganisation_change").query(Long.class).single();
		mvc.perform(post("/organogram/herstructureringen/" + draft + "/wijzigingen/nieuw").param("soort", "CREATE")
			.with(user("secretariaat").roles("SECRETARIAT")).with(csrf())
			.param("newName", "N".repeat(151)).param("newCode", "NIEUWE-DIENST").param("newType", "DIENST"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hoogstens 150 tekens")));
		assertThat(jdbc.sql("select count(*) from org_reorganisation_change").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void absurdDatesInQueryParametersAreNoServerError() throws Exception {
		var admin = user("admin").roles("ADMIN");
		mvc.perform(get("/admin/audit").param("from", "+300000-01-01").with(admin)).andExpect(status().is(not5xx()));
		mvc.perform(get("/admin/audit").param("to", "-300000-01-01").with(admin)).andExpect(status().is(not5xx()));
		mvc.perform(get("/admin/audit").param("actor", "x\u0000y").with(admin)).andExpect(status().is(not5xx()));
		mvc.perform(get("/onthaal/contacten").param("datum", "+300000-01-01").with(user("onthaal").roles("FRONT_DESK")))
			.andExpect(status().isOk());
	}

	@Test
	void theLegalEntityEditFormCanBeSaved() throws Exception {
		var entity = jdbc.sql("select id, version from legal_entity where code = 'OCMW'")
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		var number = jdbc.sql("select enterprise_number from legal_entity where id = ?").param(entity[0])
			.query(String.class).single();
		mvc.perform(post("/admin/legal-entities/" + entity[0]).with(user("admin").roles("ADMIN")).with(csrf())
			.param("officialName", "OCMW Maldegem").param("enterpriseNumber", number).param("active", "true")
			.param("version", String.valueOf(entity[1])))
			.andExpect(redirectedUrl("/admin/legal-entities"));
	}

	@Test
	void theFinancialDirectorReadsTheFinancialDepartmentsMail() throws Exception {
		var unit = jdbc.sql("select id from org_unit where code = 'FIN'").query(Long.class).single();
		mvc.perform(get("/post").param("eenheid", String.valueOf(unit))
			.with(user("financieeldirecteur").roles("FINANCIAL_DIRECTOR")))
			.andExpect(status().isOk());
	}

	@Test
	void aSocialAidRequestFromAnotherEraIsRefusedByTheFieldAndGetsNoRegisterNumber() throws Exception {
		var before = jdbc.sql("select count(*) from fd_social_aid_request").query(Long.class).single();
		for (var date : new String[] { "0000-01-01", "0001-01-01", "1800-01-01", "+300000-01-01" }) {
			mvc.perform(post("/onthaal/hulpvragen/nieuw").with(user("onthaal").roles("FRONT_DESK")).with(csrf())
				.param("firstName", "Jan").param("lastName", "Peeters").param("language", "nl").param("type", "LEEFLOON")
				.param("requestDate", date).param("requestTime", "09:00")
				.param("formToken", java.util.UUID.randomUUID().toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("error-summary")));
		}
		mvc.perform(post("/onthaal/hulpvragen/nieuw").with(user("onthaal").roles("FRONT_DESK")).with(csrf())
			.param("firstName", "Jan").param("lastName", "Peeters").param("language", "nl").param("type", "LEEFLOON")
			.param("birthDate", "1850-01-01").param("requestDate", java.time.LocalDate.now().toString())
			.param("requestTime", "00:00").param("formToken", java.util.UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("na 1 januari 1900")));
		assertThat(jdbc.sql("select count(*) from fd_social_aid_request").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aMoveInTheYear9999IsRefusedByTheField() throws Exception {
		var point = jdbc.sql("select id from dir_service_point where slug = 'ict'").query(Long.class).single();
		var floor = jdbc.sql("select id from dir_floor order by id limit 1").query(Long.class).single();
		var before = jdbc.sql("select count(*) from dir_location").query(Long.class).single();
		mvc.perform(post("/beheer/dienstengids/diensten/" + point + "/verhuis").with(user("redactie").roles("DIRECTORY_EDITOR"))
			.with(csrf()).param("floorId", String.valueOf(floor)).param("date", "9999-12-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Geef een datum tussen")));
		assertThat(jdbc.sql("select count(*) from dir_location").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theDatabaseRefusesAnImplausibleDateEvenWithoutTheApplication() {
		var mail = jdbc.sql("select id from fd_mail order by id limit 1").query(Long.class).single();
		assertThatThrownBy(() -> jdbc.sql("update fd_mail set received_on = '0001-01-01' where id = ?").param(mail).update())
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
		var location = jdbc.sql("select id from dir_location order by id limit 1").query(Long.class).single();
		assertThatThrownBy(() -> jdbc.sql("update dir_location set valid_from = '9999-12-31' where id = ?").param(location).update())
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
		var unit = jdbc.sql("select id from org_unit_period order by id limit 1").query(Long.class).single();
		assertThatThrownBy(() -> jdbc.sql("update org_unit_period set valid_from = '0001-01-01' where id = ?").param(unit).update())
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	@Test
	void anAssignmentStartingBeforeItsPositionIsAMessageNotAnError() throws Exception {
		var position = jdbc.sql("select id from org_position where kind = 'STAFF' order by id limit 1").query(Long.class).single();
		var person = jdbc.sql("select id from org_person order by id limit 1").query(Long.class).single();
		mvc.perform(post("/organogram/toewijzingen/nieuw").param("functie", String.valueOf(position))
			.with(user("secretariaat").roles("SECRETARIAT")).with(csrf())
			.param("personId", String.valueOf(person)).param("fte", "0.5").param("validFrom", "1990-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("error-summary")));
	}

	@Test
	void hoursFieldsTheFormDoesNotHaveAreABadRequest() throws Exception {
		var point = jdbc.sql("select id from dir_service_point where slug = 'ict'").query(Long.class).single();
		for (var field : new String[] { "days[256]", "days[-1]", "days[abc]" }) {
			mvc.perform(post("/beheer/dienstengids/diensten/" + point + "/uren").with(user("redactie").roles("DIRECTORY_EDITOR"))
				.with(csrf()).param("validFrom", "2027-03-01").param(field, "9-12").param("version", "0"))
				.andExpect(status().isBadRequest());
		}
	}

	private static org.hamcrest.Matcher<Integer> not5xx() {
		return org.hamcrest.Matchers.lessThan(500);
	}

	private String raw(String request) throws Exception {
		try (var socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(5000);
			var out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.ISO_8859_1);
			out.write(request);
			out.flush();
			var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			var response = new StringBuilder();
			for (String line; (line = in.readLine()) != null;) {
				response.append(line).append('\n');
			}
			return response.toString();
		}
	}

}

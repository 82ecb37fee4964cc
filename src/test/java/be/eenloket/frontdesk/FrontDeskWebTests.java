package be.eenloket.frontdesk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import be.eenloket.directory.internal.ServicePoints;
import be.eenloket.frontdesk.internal.ConsoleSearch;
import be.eenloket.organisation.internal.StaffManagement;
import be.eenloket.organisation.internal.UnitManagement;
import be.eenloket.organisation.internal.UnitValues;
import be.eenloket.support.IntegrationTest;
import be.eenloket.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The onthaal console through the web layer: search, now board, contacts, and the registers' bad input. */
@IntegrationTest
class FrontDeskWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnitManagement units;

	@Autowired
	StaffManagement staff;

	@Autowired
	ServicePoints directory;

	@Autowired
	ConsoleSearch consoleSearch;

	@Autowired
	MutableClock clock;

	static MockHttpServletRequestBuilder reception(MockHttpServletRequestBuilder request) {
		return request.with(user("onthaal").roles("FRONT_DESK")).with(csrf());
	}

	@Test
	void receptionFindsWhereLeefloonIsHandledWithTheInternalDetails() throws Exception {
		mvc.perform(reception(get("/onthaal")).param("q", "leefloon"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Leefloon aanvragen")))
			.andExpect(content().string(containsString("Sociale dienst (Sociaal Huis)")))
			.andExpect(content().string(containsString("OCMW-administratief gebouw")))
			// who leads the unit and stands in, with internal numbers: not on the public pages
			.andExpect(content().string(containsString("Diensthoofd")))
			.andExpect(content().string(containsString("Vervanger")));
		mvc.perform(get("/producten/leefloon")).andExpect(content().string(not(containsString("Vervanger"))));
	}

	@Test
	void aDeskThatHandlesSeveralTasksFoundGetsItsCardOnceAndIsPointedToAfterwards() throws Exception {
		var page = mvc.perform(reception(get("/onthaal")).param("q", "burgerzaken"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		var cards = java.util.regex.Pattern.compile("<article[^>]*id=\"punt-(\\d+)\"").matcher(page).results()
			.map(match -> match.group(1)).toList();
		org.assertj.core.api.Assertions.assertThat(cards).isNotEmpty().doesNotHaveDuplicates();
		org.assertj.core.api.Assertions.assertThat(page).contains("zie de kaart hierboven");
	}

	@Test
	void staffAreFoundByNameFunctionOrInternalNumberWithoutAccents() throws Exception {
		var person = jdbc.sql("""
				select p.first_name, p.last_name, p.internal_phone from org_person p
				join org_assignment a on a.person_id = p.id where p.internal_phone is not null order by p.id limit 1""")
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.single();
		mvc.perform(reception(get("/onthaal")).param("q", person[1].substring(0, 4)))
			.andExpect(content().string(containsString(person[0] + " " + person[1])))
			.andExpect(content().string(containsString(person[2])));
		mvc.perform(reception(get("/onthaal")).param("q", person[2]))
			.andExpect(content().string(containsString(person[0] + " " + person[1])));
	}

	@Test
	void aPersonWhoseUnitHasManyDesksShowsTheFirstFourAndHowManyMore() throws Exception {
		var unit = units.create("BALIES6", new UnitValues("Dienst Zes Balies", be.eenloket.organisation.UnitType.DIENST, null,
				java.util.List.of("GEM"), null, null, null), java.time.LocalDate.of(2020, 1, 1), null);
		var position = staff.createPosition(unit, be.eenloket.organisation.PositionKind.STAFF, "Baliemedewerker", null,
				java.time.LocalDate.of(2020, 1, 1));
		var person = staff.createPerson("Xaveria", "Quistwater", null, null, "GEM");
		staff.assign(person, position, java.math.BigDecimal.ONE, java.time.LocalDate.of(2020, 1, 1), null, false);
		var floor = jdbc.sql("select f.id from dir_floor f join dir_building b on b.id = f.building_id where b.slug = 'gemeentehuis' and f.level = 0")
			.query(Long.class).single();
		for (var letter : java.util.List.of("F", "E", "D", "C", "B", "A")) {
			directory.create(new ServicePoints.ServicePointValues("zesbalies-" + letter.toLowerCase(),
					"Zesbalies loket " + letter, unit, null, null, null, null, false, ""), floor, null, java.time.LocalDate.of(2020, 1, 1));
		}
		consoleSearch.refresh();

		var page = mvc.perform(reception(get("/onthaal")).param("q", "Quistwater"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Xaveria Quistwater", "Zesbalies loket A", "Zesbalies loket D", "en nog 2 loketten")
			.doesNotContain("Zesbalies loket E");
	}

	@Test
	void oddQueriesGiveANormalPage() throws Exception {
		for (var query : new String[] { "", "'; drop table fd_contact; --", "<script>alert(1)</script>", "🙂🙂", "x".repeat(2000) }) {
			mvc.perform(reception(get("/onthaal")).param("q", query))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
		}
	}

	@Test
	void theNowBoardShowsEveryBuildingAndTheComingMove() throws Exception {
		mvc.perform(reception(get("/onthaal/nu")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gemeentehuis")))
			.andExpect(content().string(containsString("Site Bloemestraat")))
			.andExpect(content().string(containsString("Dienst communicatie verhuist op")));
	}

	@Test
	void aContactIsLoggedInOneClickAndOnlyOnceWhenTheButtonIsPressedTwice() throws Exception {
		var point = jdbc.sql("select id from dir_service_point where slug = 'burgerzaken'").query(Long.class).single();
		var token = UUID.randomUUID().toString();
		var before = contacts();
		for (int i = 0; i < 2; i++) {
			mvc.perform(reception(post("/onthaal/contacten")).param("q", "paspoort").param("channel", "PHONE")
				.param("servicePointId", String.valueOf(point)).param("formToken", token))
				.andExpect(redirectedUrlPattern("/onthaal?q=paspoort*"));
		}
		assertThat(contacts()).isEqualTo(before + 1);
		assertThat(jdbc.sql("select channel from fd_contact where form_token = cast(? as uuid)").param(token)
			.query(String.class).single()).isEqualTo("PHONE");
	}

	@Test
	void aContactWithoutTaskServiceOrQuestionIsRefused() throws Exception {
		var before = contacts();
		mvc.perform(reception(post("/onthaal/contacten/nieuw")).param("channel", "DESK").param("question", " ")
			.param("formToken", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies een taak of een dienst, of typ de vraag.")))
			.andExpect(content().string(containsString("error-summary")));
		mvc.perform(reception(post("/onthaal/contacten/nieuw")).param("channel", "DESK").param("servicePointId", "999999")
			.param("formToken", UUID.randomUUID().toString()))
			.andExpect(content().string(containsString("Deze dienst bestaat niet (meer).")));
		assertThat(contacts()).isEqualTo(before);
	}

	@Test
	void theFiguresCountPerServiceAndHour() throws Exception {
		mvc.perform(reception(get("/onthaal/contacten")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Contacten per dienst en per uur")))
			.andExpect(content().string(containsString("<svg")));
		mvc.perform(reception(get("/onthaal/contacten")).param("periode", "dag").param("datum", "gisteren"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Die datum konden we niet lezen")));
	}

	@Test
	void aSocialAidRequestWithBadInputIsExplainedFieldByFieldAndNothingIsSaved() throws Exception {
		var before = jdbc.sql("select count(*) from fd_social_aid_request").query(Long.class).single();
		mvc.perform(reception(post("/onthaal/hulpvragen/nieuw")).param("firstName", "").param("lastName", "Peeters")
			.param("nationalRegisterNumber", "85.07.30-033.29").param("language", "nl").param("email", "geen-mail")
			.param("requestDate", "2026-13-01").param("requestTime", "09:00").param("formToken", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul de voornaam in.")))
			.andExpect(content().string(containsString("Kies waarvoor de persoon hulp vraagt.")))
			.andExpect(content().string(containsString("Geef een geldig e-mailadres in")))
			.andExpect(content().string(containsString("Geef een geldige datum in")))
			.andExpect(content().string(containsString("error-summary")));
		mvc.perform(reception(post("/onthaal/hulpvragen/nieuw")).param("firstName", "Jan").param("lastName", "Peeters")
			.param("nationalRegisterNumber", "85.07.30-033.29").param("language", "nl").param("type", "LEEFLOON")
			.param("requestDate", java.time.LocalDate.now().minusDays(3).toString()).param("requestTime", "09:00").param("formToken", UUID.randomUUID().toString()))
			.andExpect(content().string(containsString("Dit rijksregisternummer klopt niet.")));
		mvc.perform(reception(post("/onthaal/hulpvragen/nieuw")).param("firstName", "Jan").param("lastName", "Peeters")
			.param("language", "nl").param("type", "LEEFLOON").param("requestDate", "2999-01-05").param("requestTime", "09:00")
			.param("formToken", UUID.randomUUID().toString()))
			.andExpect(content().string(containsString("De aanvraag kan niet in de toekomst liggen.")));
		mvc.perform(reception(post("/onthaal/hulpvragen/nieuw")).param("firstName", "Jan").param("lastName", "Peeters")
			.param("birthDate", "1985-07-31").param("nationalRegisterNumber", "85073003328").param("language", "nl")
			.param("type", "LEEFLOON").param("requestDate", java.time.LocalDate.now().minusDays(3).toString()).param("requestTime", "09:00")
			.param("formToken", UUID.randomUUID().toString()))
			.andExpect(content().string(containsString("past niet bij de geboortedatum")));
		assertThat(jdbc.sql("select count(*) from fd_social_aid_request").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void unknownOrMalformedRequestIdsGiveTheDutchNotFoundPage() throws Exception {
		mvc.perform(reception(get("/onthaal/hulpvragen/" + UUID.randomUUID()))).andExpect(status().isNotFound());
		mvc.perform(reception(get("/onthaal/hulpvragen/niet-een-id/ontvangstbewijs.pdf"))).andExpect(status().isNotFound());
	}

	@Test
	void mailIsNumberedPerLegalEntityAndTakenOverOnceByItsUnit() throws Exception {
		// the demo account diensthoofd heads Burgerzaken
		var unit = jdbc.sql("select id from org_unit where code = 'BURG'").query(Long.class).single();
		var token = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			mvc.perform(reception(post("/onthaal/post/nieuw")).param("legalEntity", "OCMW").param("receivedOn", java.time.LocalDate.now().minusDays(3).toString())
				.param("sender", "Leverancier X").param("subject", "Offerte servers").param("channel", "POST")
				.param("unitId", String.valueOf(unit)).param("formToken", token))
				.andExpect(redirectedUrlPattern("/onthaal/post/nieuw*"));
		}
		var rows = jdbc.sql("select id, register_number, version from fd_mail where form_token = cast(? as uuid)").param(token)
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getLong(3) }).list();
		assertThat(rows).hasSize(1);
		assertThat((String) rows.get(0)[1]).matches("OCMW-\\d{4}-\\d{5}");
		var id = (Long) rows.get(0)[0];
		mvc.perform(get("/post").param("eenheid", String.valueOf(unit)).with(user("diensthoofd").roles("DEPARTMENT_HEAD")))
			.andExpect(content().string(containsString("Offerte servers")));
		mvc.perform(post("/post/" + id + "/overnemen").param("version", "0")
			.with(user("diensthoofd").roles("DEPARTMENT_HEAD")).with(csrf()))
			.andExpect(redirectedUrlPattern("/post?eenheid=" + unit));
		// a colleague who had the old page open is told someone was first
		mvc.perform(post("/post/" + id + "/overnemen").param("version", "0")
			.with(user("secretariaat").roles("SECRETARIAT")).with(csrf()))
			.andExpect(redirectedUrlPattern("/post?eenheid=" + unit))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("concurrentEdit", true));
		// one who reloaded the page (current version) may not take it over a second time either
		assertThat(jdbc.sql("select version from fd_mail where id = ?").param(id).query(Long.class).single()).isEqualTo(1L);
		mvc.perform(post("/post/" + id + "/overnemen").param("version", "1")
			.with(user("secretariaat").roles("SECRETARIAT")).with(csrf()))
			.andExpect(redirectedUrlPattern("/post?eenheid=" + unit))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("concurrentEdit", true));
		assertThat(jdbc.sql("select taken_over_by from fd_mail where id = ?").param(id).query(String.class).single())
			.isEqualTo("diensthoofd");
		assertThat(jdbc.sql("select version from fd_mail where id = ?").param(id).query(Long.class).single()).isEqualTo(1L);
		// a letter that does not exist is not found, not an error
		mvc.perform(post("/post/999999999/overnemen").param("version", "0")
			.with(user("diensthoofd").roles("DEPARTMENT_HEAD")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void staffSeeOnlyTheMailOfTheUnitsTheyWorkInWhileReceptionSeesEveryUnit() throws Exception {
		var burgerzaken = jdbc.sql("select id from org_unit where code = 'BURG'").query(Long.class).single();
		var socialService = jdbc.sql("select id from org_unit where code = 'SOC'").query(Long.class).single();
		var letter = jdbc.sql("select id from fd_mail where unit_id = ? and taken_over_by is null order by id limit 1")
			.param(socialService).query(Long.class).single();
		var departmentHead = user("diensthoofd").roles("DEPARTMENT_HEAD");
		// the head of Burgerzaken lands on the mail of Burgerzaken without choosing
		mvc.perform(get("/post").with(departmentHead))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Omzendbrief verkiezingen")))
			.andExpect(content().string(containsString("U ziet de post van de diensten waar u werkt.")))
			.andExpect(content().string(not(containsString("Vraag tot tussenkomst in ziekenhuiskosten"))));
		// the social service's mail is not theirs: not to read, not to take over
		mvc.perform(get("/post").param("eenheid", String.valueOf(socialService)).with(departmentHead))
			.andExpect(status().isForbidden());
		mvc.perform(post("/post/" + letter + "/overnemen").param("version", "0").with(departmentHead).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select taken_over_by from fd_mail where id = ?").param(letter).query(String.class).optional())
			.isEmpty();
		// the head of the social service does see it; reception sees every unit
		mvc.perform(get("/post").with(user("hoofdsocialedienst").roles("SOCIAL_SERVICE_HEAD")))
			.andExpect(content().string(containsString("Vraag tot tussenkomst in ziekenhuiskosten")));
		mvc.perform(reception(get("/post")).param("eenheid", String.valueOf(socialService)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("U ziet de post van alle diensten.")))
			.andExpect(content().string(containsString("Vraag tot tussenkomst in ziekenhuiskosten")));
		mvc.perform(reception(get("/post")).param("eenheid", String.valueOf(burgerzaken)))
			.andExpect(content().string(containsString("Omzendbrief verkiezingen")));
		// an account linked to nobody in the organogram is told why it sees nothing
		mvc.perform(get("/post").with(user("nieuwkomer").roles("DEPARTMENT_HEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Uw account is niet gekoppeld aan een functie in het organogram")));
	}

	@Test
	void mailForAnUnknownUnitOrAFutureDateIsRefused() throws Exception {
		mvc.perform(reception(post("/onthaal/post/nieuw")).param("legalEntity", "GEM").param("receivedOn", "2999-01-01")
			.param("sender", "X").param("subject", "").param("channel", "POST").param("unitId", "999999")
			.param("formToken", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul het onderwerp in.")));
		mvc.perform(reception(post("/onthaal/post/nieuw")).param("legalEntity", "GEM").param("receivedOn", "2999-01-01")
			.param("sender", "X").param("subject", "Y").param("channel", "POST").param("unitId", "999999")
			.param("formToken", UUID.randomUUID().toString()))
			.andExpect(content().string(containsString("De datum van ontvangst kan niet in de toekomst liggen.")));
		mvc.perform(reception(post("/onthaal/post/nieuw")).param("legalEntity", "GEM").param("receivedOn", "2026-01-01")
			.param("sender", "X").param("subject", "Y").param("channel", "POST").param("unitId", "999999")
			.param("formToken", UUID.randomUUID().toString()))
			.andExpect(content().string(containsString("Deze dienst bestaat vandaag niet.")));
	}

	@Test
	void onlyReceptionOpensTheConsoleAndAnyStaffMemberTheUnitMail() throws Exception {
		mvc.perform(get("/onthaal").with(user("admin").roles("ADMIN"))).andExpect(status().isForbidden());
		mvc.perform(get("/onthaal/hulpvragen").with(user("mw").roles("SOCIAL_WORKER"))).andExpect(status().isForbidden());
		mvc.perform(get("/post").with(user("dpo").roles("DPO"))).andExpect(status().isOk());
		mvc.perform(get("/post")).andExpect(status().is3xxRedirection());
	}

	@Test
	void parallelMailRegistrationsGetConsecutiveNumbersPerLegalEntity() throws Exception {
		// a year of its own, in the past, so the numbering starts at 1
		clock.travelTo(LocalDate.of(2019, 5, 2));
		try {
			var unit = jdbc.sql("select id from org_unit where code = 'FIN'").query(Long.class).single();
			var pool = Executors.newFixedThreadPool(6);
			var requests = new ArrayList<Callable<Integer>>();
			for (int i = 0; i < 18; i++) {
				var entity = i % 3 == 0 ? "OCMW" : "GEM";
				var subject = "Parallelle brief " + i;
				requests.add(() -> mvc.perform(reception(post("/onthaal/post/nieuw")).param("legalEntity", entity)
					.param("receivedOn", "2019-05-02").param("sender", "Afzender").param("subject", subject)
					.param("channel", "POST").param("unitId", String.valueOf(unit))
					.param("formToken", UUID.randomUUID().toString())).andReturn().getResponse().getStatus());
			}
			for (var result : pool.invokeAll(requests)) {
				assertThat(result.get()).isEqualTo(302);
			}
			pool.shutdown();
			for (var entity : new String[] { "GEM", "OCMW" }) {
				var numbers = jdbc.sql("select register_seq from fd_mail where legal_entity = ? and register_year = 2019 order by 1")
					.param(entity).query(Integer.class).list();
				assertThat(numbers).hasSize(entity.equals("GEM") ? 12 : 6);
				for (int i = 0; i < numbers.size(); i++) {
					assertThat(numbers.get(i)).isEqualTo(i + 1);
				}
			}
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void aSocialAidFormPostedTwiceRegistersOneRequest() throws Exception {
		var token = UUID.randomUUID().toString();
		String first = null;
		for (int i = 0; i < 2; i++) {
			var location = mvc.perform(reception(post("/onthaal/hulpvragen/nieuw")).param("firstName", "Twee")
				.param("lastName", "Klikken").param("language", "nl").param("type", "BUDGETBEGELEIDING")
				.param("requestDate", java.time.LocalDate.now().minusDays(3).toString()).param("requestTime", "09:00").param("formToken", token))
				.andExpect(redirectedUrlPattern("/onthaal/hulpvragen/*"))
				.andReturn().getResponse().getRedirectedUrl();
			if (first == null) {
				first = location;
			}
			assertThat(location).isEqualTo(first);
		}
		assertThat(jdbc.sql("select count(*) from fd_social_aid_request where last_name = 'Klikken'").query(Long.class).single())
			.isOne();
	}

	private long contacts() {
		return jdbc.sql("select count(*) from fd_contact").query(Long.class).single();
	}

}

package be.eenloket.directory;

import java.time.LocalDate;

import be.eenloket.directory.internal.ServicePoints;
import be.eenloket.directory.internal.ServicePoints.ServicePointValues;
import be.eenloket.support.IntegrationTest;
import be.eenloket.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** The public pages with the demo directory, and a relocation taking effect on its date. */
@IntegrationTest
class PublicDirectoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ServicePoints management;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aRelocationIsAnnouncedBeforeItsDateAndTakesEffectOnIt() throws Exception {
		var unit = jdbc.sql("select id from org_unit where code = 'BIB'").query(Long.class).single();
		var groundFloor = floor("gemeentehuis", 0);
		var secondFloor = floor("gemeentehuis", 2);
		var id = management.create(new ServicePointValues("verhuistest", "Verhuistest balie", unit, null,
				null, null, null, false, ""), groundFloor, null, LocalDate.of(2020, 1, 1));
		management.relocate(id, secondFloor, null, LocalDate.of(2027, 3, 1));

		clock.travelTo(LocalDate.of(2027, 2, 28));
		mvc.perform(get("/diensten/verhuistest"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("gelijkvloers")))
			.andExpect(content().string(containsString("Vanaf 1 maart 2027 vindt u ons op een andere plaats: Gemeentehuis, 2de verdieping.")));

		clock.travelTo(LocalDate.of(2027, 3, 1));
		mvc.perform(get("/diensten/verhuistest"))
			.andExpect(content().string(containsString("2de verdieping")))
			.andExpect(content().string(not(containsString("Vanaf 1 maart 2027"))));
		mvc.perform(get("/gebouwen/gemeentehuis/verdiepingen/2")).andExpect(content().string(containsString("Verhuistest balie")));
	}

	@Test
	void theHomePageHasTheSearchBoxPopularTasksAndBuildings() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Waarvoor komt u?")))
			.andExpect(content().string(containsString("Identiteitskaart (eID) aanvragen")))
			.andExpect(content().string(containsString("Site Bloemestraat")));
	}

	@Test
	void searchResultsShowBuildingFloorAndOpeningStatus() throws Exception {
		mvc.perform(get("/zoeken").param("q", "paspoort"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Paspoort aanvragen")))
			.andExpect(content().string(containsString("Gemeentehuis")))
			.andExpect(content().string(containsString("gelijkvloers")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*(Nu open tot|Opent vandaag om|Nu gesloten|Vandaag gesloten).*")));
	}

	@Test
	void aWeddingGuestFindsTheTrouwzaalOnTheFirstFloor() throws Exception {
		mvc.perform(get("/zoeken").param("q", "trouwzaal"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trouwzaal")))
			.andExpect(content().string(containsString("1ste verdieping, Gemeentehuis")))
			.andExpect(content().string(containsString("/gebouwen/gemeentehuis/verdiepingen/1")));
	}

	@Test
	void englishSearchFindsIncomeSupportAndBulkyWaste() throws Exception {
		mvc.perform(get("/zoeken").param("q", "income support").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Leefloon aanvragen")));
		mvc.perform(get("/zoeken").param("q", "bulky waste"))
			.andExpect(content().string(containsString("Grofvuil laten ophalen")))
			.andExpect(content().string(containsString("Site Bloemestraat")));
	}

	@Test
	void theSearchIsOpenDataToo() throws Exception {
		mvc.perform(get("/open-data/zoeken.json").param("q", "trouwzaal"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "*"))
			.andExpect(jsonPath("$.results[0].type").value("room"))
			.andExpect(jsonPath("$.results[0].name").value("Trouwzaal"))
			.andExpect(jsonPath("$.results[0].building").value("gemeentehuis"))
			.andExpect(jsonPath("$.results[0].floorLevel").value(1));
		mvc.perform(get("/open-data/zoeken.json").param("q", "paspoort"))
			.andExpect(jsonPath("$.results[0].id").value("paspoort"))
			.andExpect(jsonPath("$.results[0].servicePoints[0].floorName").value("gelijkvloers"));
		mvc.perform(get("/open-data/zoeken.json").param("q", "a AND (")).andExpect(jsonPath("$.results").isEmpty());
		mvc.perform(get("/open-data/zoeken.json")).andExpect(status().isOk()).andExpect(jsonPath("$.results").isEmpty());
	}

	@Test
	void nothingFoundGivesAFriendlyPageWithTheFrontDesk() throws Exception {
		mvc.perform(get("/zoeken").param("q", "<b>xyzzy</b>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("We vonden niets voor")))
			.andExpect(content().string(containsString("&lt;b&gt;xyzzy&lt;/b&gt;")))
			.andExpect(content().string(not(containsString("<b>xyzzy"))))
			.andExpect(content().string(containsString("Onthaal gemeentehuis")));
		mvc.perform(get("/zoeken").param("q", "x".repeat(2000))).andExpect(status().isOk());
		mvc.perform(get("/zoeken")).andExpect(status().isOk());
	}

	@Test
	void unknownOrMalformedAddressesAreTheDutchNotFoundPage() throws Exception {
		for (var path : new String[] { "/diensten/bestaat-niet", "/producten/%3Cscript%3E", "/gebouwen/nergens",
				"/gebouwen/gemeentehuis/verdiepingen/99", "/gebouwen/gemeentehuis/verdiepingen/abc" }) {
			mvc.perform(get(java.net.URI.create(path)).accept("text/html")).andExpect(status().isNotFound());
		}
	}

	@Test
	void aServicePageShowsTheWeekWithTodayAndAccessibility() throws Exception {
		mvc.perform(get("/diensten/burgerzaken"))
			.andExpect(content().string(containsString("aria-current=\"date\"")))
			.andExpect(content().string(containsString("Lift aanwezig")))
			.andExpect(content().string(containsString("Paspoort aanvragen")));
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "'; drop table dir_task; --", "paspoort' or '1'='1",
			"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "😀🛂 paspoort", "%_\\*", "" })
	void oddSearchQueriesGiveANormalPageWithTheQueryEscaped(String query) throws Exception {
		mvc.perform(get("/zoeken").param("q", query))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Waarvoor komt u?")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("<img src=x"))));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from dir_task").query(Long.class).single()).isPositive();
	}

	@Test
	void aServicePointsWebsiteIsShownAndExported() throws Exception {
		var unit = jdbc.sql("select id from org_unit where code = 'BIB'").query(Long.class).single();
		management.create(new ServicePointValues("websitetest", "Websitetest balie", unit, null, "050 00 00 00",
				null, "https://www.maldegem.be/bibliotheek", false, ""), floor("gemeentehuis", 0), null, LocalDate.of(2020, 1, 1));
		mvc.perform(get("/diensten/websitetest"))
			.andExpect(content().string(containsString("href=\"https://www.maldegem.be/bibliotheek\"")))
			.andExpect(content().string(containsString("\"sameAs\":\"https://www.maldegem.be/bibliotheek\"")));
		mvc.perform(get("/open-data/dienstengids.json"))
			.andExpect(content().string(containsString("\"website\":\"https://www.maldegem.be/bibliotheek\"")));
	}

	private long floor(String building, int level) {
		return jdbc.sql("select f.id from dir_floor f join dir_building b on b.id = f.building_id where b.slug = ? and f.level = ?")
			.params(building, level)
			.query(Long.class)
			.single();
	}

	@Test
	void publicPagesAreServedFromMemoryWithTheSecurityHeadersAndAnETag() throws Exception {
		var first = mvc.perform(get("/producten/rijbewijs")).andExpect(status().isOk()).andReturn().getResponse();
		var second = mvc.perform(get("/producten/rijbewijs")).andExpect(status().isOk()).andReturn().getResponse();
		var etag = second.getHeader("ETag");
		org.assertj.core.api.Assertions.assertThat(etag).isNotBlank();
		org.assertj.core.api.Assertions.assertThat(second.getHeader("Content-Security-Policy")).contains("script-src 'self'");
		org.assertj.core.api.Assertions.assertThat(second.getHeader("X-Frame-Options")).isEqualTo("DENY");
		org.assertj.core.api.Assertions.assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
		mvc.perform(get("/producten/rijbewijs").header("If-None-Match", etag)).andExpect(status().isNotModified());
		var gzipped = mvc.perform(get("/producten/rijbewijs").header("Accept-Encoding", "gzip")).andReturn().getResponse();
		org.assertj.core.api.Assertions.assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
	}

	@Test
	void aChangeToTheDirectoryShowsAtOnceDespiteTheCache() throws Exception {
		mvc.perform(get("/zoeken").param("q", "cachetest")).andExpect(content().string(containsString("We vonden niets")));
		var unit = jdbc.sql("select id from org_unit where code = 'SPORT'").query(Long.class).single();
		management.create(new ServicePointValues("cachetest-balie", "Cachetest balie", unit, null, null, null,
				null, false, "cachetest"), floor("gemeentehuis", 0), null, LocalDate.of(2020, 1, 1));
		mvc.perform(get("/zoeken").param("q", "cachetest")).andExpect(content().string(containsString("Cachetest balie")));
	}

	@Test
	void servicePointPagesCarrySchemaOrgJsonLd() throws Exception {
		var html = mvc.perform(get("/diensten/burgerzaken")).andReturn().getResponse().getContentAsString();
		var start = html.indexOf("<script type=\"application/ld+json\">") + "<script type=\"application/ld+json\">".length();
		var jsonLd = html.substring(start, html.indexOf("</script>", start));
		var node = tools.jackson.databind.json.JsonMapper.builder().build().readTree(jsonLd);
		org.assertj.core.api.Assertions.assertThat(node.get("@type").asString()).isEqualTo("GovernmentOffice");
		org.assertj.core.api.Assertions.assertThat(node.get("address").get("postalCode").asString()).isEqualTo("9990");
		org.assertj.core.api.Assertions.assertThat(node.get("containedInPlace").get("floorLevel").asString()).isEqualTo("0");
		org.assertj.core.api.Assertions.assertThat(node.get("openingHoursSpecification").toString())
			.contains("https://schema.org/Monday").contains("Kerstmis");
	}

	@Test
	void theOpenDataExportHasTheWholeDirectory() throws Exception {
		var response = mvc.perform(get("/open-data/dienstengids.json")).andExpect(status().isOk()).andReturn().getResponse();
		var node = tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.getContentAsString());
		org.assertj.core.api.Assertions.assertThat(node.get("buildings").size()).isGreaterThanOrEqualTo(3);
		org.assertj.core.api.Assertions.assertThat(node.get("tasks").size()).isGreaterThanOrEqualTo(40);
		org.assertj.core.api.Assertions.assertThat(response.getContentAsString()).contains("\"paspoort\"");
		mvc.perform(get("/open-data/dienstengids.json").header("If-None-Match", response.getHeader("ETag")))
			.andExpect(status().isNotModified());
	}

	@Test
	void aTaskThatNeedsAnAppointmentSaysHowToMakeOne() throws Exception {
		mvc.perform(get("/producten/paspoort"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Zo maakt u een afspraak")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*href=\"tel:[0-9+]+\".*")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Of kom langs aan de balie:")));
		mvc.perform(get("/producten/recyclagepark"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Zo maakt u een afspraak"))));
	}

	@Test
	void theDemoTasksNeverAskForAnAppointmentInTheirTextWhileTheirFactsSayWalkIn() {
		var contradictions = jdbc.sql("""
				select slug from dir_task where not appointment_needed and description ilike '%afspraak%'""")
			.query(String.class)
			.list();
		org.assertj.core.api.Assertions.assertThat(contradictions).isEmpty();
	}

}

package be.eenloket.directory;

import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The editors' forms: validation in Dutch, optimistic locking, refused retirements, and changes visible at once. */
@IntegrationTest
class DirectoryEditorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	be.eenloket.directory.internal.ServicePoints management;

	@Test
	void badInputIsExplainedFieldByFieldAndNothingIsSaved() throws Exception {
		mvc.perform(editor(post("/beheer/dienstengids/diensten/nieuw")).param("name", "").param("email", "geen-mail")
			.param("website", "ftp://x").param("validFrom", "morgen"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Geef een naam in.")))
			.andExpect(content().string(containsString("Kies de eenheid waartoe dit loket behoort.")))
			.andExpect(content().string(containsString("Geef een geldig e-mailadres in")))
			.andExpect(content().string(containsString("Geef een webadres in dat begint met https://")))
			.andExpect(content().string(containsString("Geef een geldige datum in")))
			.andExpect(content().string(containsString("Kies het gebouw en de verdieping.")))
			// the shared select ties its message to the field and marks it invalid
			.andExpect(content().string(containsString(
					"<select class=\"select select-error\" aria-describedby=\"unitId-error\" aria-invalid=\"true\" id=\"unitId\"")));
		mvc.perform(editor(post("/beheer/dienstengids/gebouwen/nieuw")).param("name", "Testgebouw").param("postalCode", "999"))
			.andExpect(content().string(containsString("Een postcode heeft vier cijfers")));
		assertThat(jdbc.sql("select count(*) from dir_building where name = 'Testgebouw'").query(Long.class).single()).isZero();
	}

	@Test
	void anEditorAddsAServicePointAndCitizensFindItAtOnce() throws Exception {
		var unit = jdbc.sql("select id from org_unit where code = 'SPORT'").query(Long.class).single();
		var floor = jdbc.sql("select f.id from dir_floor f join dir_building b on b.id = f.building_id where b.slug = 'gemeentehuis' and f.level = 0")
			.query(Long.class).single();
		mvc.perform(editor(post("/beheer/dienstengids/diensten/nieuw")).param("name", "Sportloket Zuid")
			.param("unitId", String.valueOf(unit)).param("floorId", String.valueOf(floor)).param("validFrom", "2020-01-01")
			.param("keywords", "zwembad sporthal"))
			.andExpect(redirectedUrl("/diensten/sportloket-zuid"));
		mvc.perform(get("/zoeken").param("q", "zwembad")).andExpect(content().string(containsString("Sportloket Zuid")));
		var id = jdbc.sql("select id from dir_service_point where slug = 'sportloket-zuid'").query(Long.class).single();
		mvc.perform(get("/beheer/dienstengids/diensten/" + id).with(user("redactie").roles("DIRECTORY_EDITOR")))
			.andExpect(content().string(matchesRegex("(?s).*<option value=\"" + unit + "\" selected=\"selected\">.*")));
		assertThat(jdbc.sql("select count(*) from audit_entry where module = 'directory' and summary like '%Sportloket Zuid%'")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void aStaleVersionIsExplainedInsteadOfOverwriting() throws Exception {
		var id = jdbc.sql("select id from dir_service_point where slug = 'uitloket'").query(Long.class).single();
		var unit = jdbc.sql("select unit_id from dir_service_point where id = ?").param(id).query(Long.class).single();
		mvc.perform(editor(post("/beheer/dienstengids/diensten/" + id)).param("name", "UiTloket oud").param("unitId", String.valueOf(unit))
			.param("version", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders was u voor")));
		assertThat(jdbc.sql("select name from dir_service_point where id = ?").param(id).query(String.class).single()).isEqualTo("UiTloket");
	}

	@Test
	void retiringWhatIsStillUsedIsRefusedWithTheReason() throws Exception {
		var burgerzaken = jdbc.sql("select id from dir_service_point where slug = 'burgerzaken'").query(Long.class).single();
		mvc.perform(editor(post("/beheer/dienstengids/diensten/" + burgerzaken + "/buiten-gebruik")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("deze producten verwijzen er nog naar")))
			.andExpect(content().string(containsString("Paspoort aanvragen")));
		var gemeentehuis = jdbc.sql("select id from dir_building where slug = 'gemeentehuis'").query(Long.class).single();
		mvc.perform(editor(post("/beheer/dienstengids/gebouwen/" + gemeentehuis + "/buiten-gebruik")))
			.andExpect(content().string(containsString("Dit gebouw kan niet buiten gebruik")));
		assertThat(jdbc.sql("select active from dir_service_point where id = ?").param(burgerzaken).query(Boolean.class).single()).isTrue();
	}

	@Test
	void openingHoursAndExceptionsAreCheckedBeforeSaving() throws Exception {
		var id = jdbc.sql("select id from dir_service_point where slug = 'ict'").query(Long.class).single();
		mvc.perform(editor(post("/beheer/dienstengids/diensten/" + id + "/uren")).param("validFrom", "2027-03-01")
			.param("days[0]", "08:30-12:00, 11:00-13:00").param("days[1]", "negen tot twaalf"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit uur kunnen we niet lezen: 11:00-13:00")))
			.andExpect(content().string(containsString("Dit uur kunnen we niet lezen: negen tot twaalf")));
		var version = jdbc.sql("select version from dir_service_point where id = ?").param(id).query(Long.class).single();
		mvc.perform(editor(post("/beheer/dienstengids/diensten/" + id + "/uren")).param("validFrom", "2027-03-01")
			.param("days[0]", "9-12").param("days[2]", "13u30-16u").param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/diensten/ict"));
		// a second editor who opened the same week before the first saved is told, and replaces nothing
		mvc.perform(editor(post("/beheer/dienstengids/diensten/" + id + "/uren")).param("validFrom", "2027-03-01")
			.param("days[0]", "10-11").param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders")));
		assertThat(jdbc.sql("select count(*) from dir_slot s join dir_schedule d on d.id = s.schedule_id where d.service_point_id = ? and d.valid_from = '2027-03-01'")
			.param(id).query(Long.class).single()).isEqualTo(2);
		mvc.perform(editor(post("/beheer/dienstengids/diensten/" + id + "/uitzonderingen/nieuw")).param("day", "2027-03-10")
			.param("opens", "14:00").param("closes", "10:00").param("reason", "Opleiding"))
			.andExpect(content().string(containsString("Het sluitingsuur moet na het openingsuur liggen.")));
	}

	@Test
	void onlyEditorsMayManageTheDirectory() throws Exception {
		mvc.perform(get("/beheer/dienstengids").with(user("onthaal").roles("FRONT_DESK"))).andExpect(status().isForbidden());
		mvc.perform(get("/beheer/dienstengids").with(user("redactie").roles("DIRECTORY_EDITOR"))).andExpect(status().isOk());
	}

	@Test
	void malformedOrUnknownRecordNumbersInEditorAddressesAreNotFound() throws Exception {
		for (var path : new String[] { "/beheer/dienstengids/diensten/abc", "/beheer/dienstengids/producten/99999999999999999999",
				"/beheer/dienstengids/gebouwen/%3Cb%3E", "/beheer/dienstengids/diensten/987654321" }) {
			mvc.perform(get(java.net.URI.create(path)).with(user("redactie").roles("DIRECTORY_EDITOR")).accept("text/html"))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void aMoveInThePastIsRefusedAndAPlannedMoveCanBeCancelled() throws Exception {
		var unit = jdbc.sql("select id from org_unit where code = 'THUIS'").query(Long.class).single();
		var groundFloor = floorId("gemeentehuis", 0);
		var thirdFloor = floorId("gemeentehuis", 3);
		var id = management.create(new be.eenloket.directory.internal.ServicePoints.ServicePointValues("annuleertest", "Annuleertest balie",
				unit, null, null, null, null, false, ""), groundFloor, null, java.time.LocalDate.of(2020, 1, 1));

		mvc.perform(editor(post("/beheer/dienstengids/diensten/" + id + "/verhuis")).param("floorId", String.valueOf(thirdFloor))
			.param("date", "2021-05-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Een verhuis kan niet in het verleden liggen.")));

		var date = java.time.LocalDate.now().plusMonths(2);
		mvc.perform(editor(post("/beheer/dienstengids/diensten/" + id + "/verhuis")).param("floorId", String.valueOf(thirdFloor))
			.param("date", date.toString()))
			.andExpect(redirectedUrl("/diensten/annuleertest"));
		mvc.perform(get("/diensten/annuleertest")).andExpect(content().string(containsString("vindt u ons op een andere plaats: Gemeentehuis, 3de verdieping")));
		var move = jdbc.sql("select id, version from dir_location where service_point_id = ? and valid_from = ?")
			.params(id, date).query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		mvc.perform(get("/beheer/dienstengids/diensten/" + id).with(user("redactie").roles("DIRECTORY_EDITOR")))
			.andExpect(content().string(containsString("Verhuis annuleren")));

		mvc.perform(editor(post("/beheer/dienstengids/diensten/" + id + "/verhuis/" + move[0] + "/annuleren"))
			.param("version", String.valueOf(move[1] + 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders was u voor")));
		mvc.perform(editor(post("/beheer/dienstengids/diensten/" + id + "/verhuis/" + move[0] + "/annuleren"))
			.param("version", String.valueOf(move[1])))
			.andExpect(redirectedUrl("/beheer/dienstengids/diensten/" + id));

		mvc.perform(get("/diensten/annuleertest")).andExpect(content().string(not(containsString("vindt u ons op een andere plaats"))));
		assertThat(jdbc.sql("select count(*) from dir_location where service_point_id = ? and valid_to is null").param(id)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'RELOCATION_CANCELLED' and record_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

		var first = jdbc.sql("select id, version from dir_location where service_point_id = ?").param(id)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		mvc.perform(editor(post("/beheer/dienstengids/diensten/" + id + "/verhuis/" + first[0] + "/annuleren"))
			.param("version", String.valueOf(first[1])))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is al gebeurd en blijft in de geschiedenis")));
	}

	@Test
	void aSpecialDayEnteredByMistakeCanBeRemoved() throws Exception {
		var id = jdbc.sql("select id from dir_service_point where slug = 'erfgoed'").query(Long.class).single();
		var day = java.time.LocalDate.now().plusDays(10);
		mvc.perform(editor(post("/beheer/dienstengids/diensten/" + id + "/uitzonderingen/nieuw")).param("day", day.toString())
			.param("closed", "true").param("reason", "Vergissing"))
			.andExpect(redirectedUrl("/diensten/erfgoed"));
		mvc.perform(get("/open-data/dienstengids.json")).andExpect(content().string(containsString("Vergissing")));
		mvc.perform(get("/beheer/dienstengids/diensten/" + id).with(user("redactie").roles("DIRECTORY_EDITOR")))
			.andExpect(content().string(containsString("Vergissing")));
		var special = jdbc.sql("select id, version from dir_exception where service_point_id = ? and reason = 'Vergissing'")
			.param(id).query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();

		mvc.perform(editor(post("/beheer/dienstengids/diensten/" + id + "/uitzonderingen/" + special[0] + "/verwijderen"))
			.param("version", String.valueOf(special[1])))
			.andExpect(redirectedUrl("/beheer/dienstengids/diensten/" + id));

		mvc.perform(get("/open-data/dienstengids.json")).andExpect(content().string(not(containsString("Vergissing"))));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'REMOVED' and record_type = 'OpeningException' and record_id = ?")
			.param(String.valueOf(special[0])).query(Long.class).single()).isEqualTo(1);
	}

	private long floorId(String building, int level) {
		return jdbc.sql("select f.id from dir_floor f join dir_building b on b.id = f.building_id where b.slug = ? and f.level = ?")
			.params(building, level).query(Long.class).single();
	}

	@Test
	void floorsAndRoomsAreRenamedAndRemovedOnlyWhenNothingUsesThem() throws Exception {
		var building = jdbc.sql("select id from dir_building where slug = 'site-bloemestraat'").query(Long.class).single();
		mvc.perform(editor(post("/beheer/dienstengids/gebouwen/" + building + "/verdiepingen/nieuw")).param("level", "7")
			.param("displayName", "Zolder"))
			.andExpect(redirectedUrl("/beheer/dienstengids/gebouwen/" + building));
		var floor = jdbc.sql("select id from dir_floor where building_id = ? and level = 7").param(building).query(Long.class).single();
		// another floor of the building already has level 0
		mvc.perform(editor(post("/beheer/dienstengids/verdiepingen/" + floor)).param("level", "0").param("displayName", "Zolder")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("error-summary")));
		mvc.perform(editor(post("/beheer/dienstengids/verdiepingen/" + floor)).param("level", "2").param("displayName", "2de verdieping")
			.param("version", "0"))
			.andExpect(redirectedUrl("/beheer/dienstengids/gebouwen/" + building));
		// a colleague with the old page open is told someone else saved first
		mvc.perform(editor(post("/beheer/dienstengids/verdiepingen/" + floor)).param("level", "3").param("displayName", "Zolder")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders")));
		assertThat(jdbc.sql("select display_name from dir_floor where id = ?").param(floor).query(String.class).single())
			.isEqualTo("2de verdieping");

		mvc.perform(editor(post("/beheer/dienstengids/verdiepingen/" + floor + "/lokalen/nieuw")).param("name", "Archief"))
			.andExpect(redirectedUrl("/beheer/dienstengids/gebouwen/" + building));
		var room = jdbc.sql("select id from dir_room where floor_id = ?").param(floor).query(Long.class).single();
		mvc.perform(editor(post("/beheer/dienstengids/lokalen/" + room)).param("name", "Archiefruimte").param("version", "0"))
			.andExpect(redirectedUrl("/beheer/dienstengids/gebouwen/" + building));
		mvc.perform(editor(post("/beheer/dienstengids/verdiepingen/" + floor + "/verwijderen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Op deze verdieping zijn nog lokalen: Archiefruimte.")));
		mvc.perform(editor(post("/beheer/dienstengids/lokalen/" + room + "/verwijderen")))
			.andExpect(redirectedUrl("/beheer/dienstengids/gebouwen/" + building));
		mvc.perform(editor(post("/beheer/dienstengids/verdiepingen/" + floor + "/verwijderen")))
			.andExpect(redirectedUrl("/beheer/dienstengids/gebouwen/" + building));
		assertThat(jdbc.sql("select count(*) from dir_floor where id = ?").param(floor).query(Long.class).single()).isZero();

		// the ground floor of the Site Bloemestraat has desks: refused, with their names
		var groundFloor = jdbc.sql("select id from dir_floor where building_id = ? and level = 0").param(building)
			.query(Long.class).single();
		mvc.perform(editor(post("/beheer/dienstengids/verdiepingen/" + groundFloor + "/verwijderen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("MOP-team")));
		assertThat(jdbc.sql("select count(*) from audit_entry where module = 'directory' and record_type = 'Floor' and action = 'REMOVED'")
			.query(Long.class).single()).isPositive();
		mvc.perform(editor(get("/beheer/dienstengids/lokalen/999999"))).andExpect(status().isNotFound());
	}

	private static MockHttpServletRequestBuilder editor(MockHttpServletRequestBuilder request) {
		return request.with(user("redactie").roles("DIRECTORY_EDITOR")).with(csrf());
	}

}

package be.eenloket.organisation;

import java.nio.charset.StandardCharsets;

import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class StaffImportAndDirectoryTests {

	static final String HEADER = "voornaam;achternaam;e-mail;werkgever;eenheid;functie;vte;vanaf\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDryRunReportsEveryRowsProblemAndSavesNothing() throws Exception {
		var csv = HEADER + "Ann;Import;ann.import@maldegem.example;GEM;BURG;Administratief medewerker;0,5;2027-01-01\n"
				+ "Bob;Fout;bob.fout@maldegem.example;XYZ;NIETS;Onbekend;1,5;31/12/2026\n"
				+ "Cas;Hoofd;cas.hoofd@maldegem.example;OCMW;BURG;Diensthoofd burgerzaken;1;2027-01-01\n"
				+ "Ann;Import;ann.import@maldegem.example;GEM;BURG;Administratief medewerker;0,5;2027-01-01\n";
		mvc.perform(multipart("/organogram/import").file(file(csv)).with(user("secretariaat").roles("SECRETARIAT")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Werkgever XYZ bestaat niet")))
			.andExpect(content().string(containsString("VTE 1,5 moet minstens 0 en hoogstens 1 zijn.")))
			.andExpect(content().string(containsString("De datum 31/12/2026 is niet geldig")))
			.andExpect(content().string(containsString("heeft maar één houder en is al ingevuld")))
			.andExpect(content().string(containsString("Deze rij staat er twee keer in.")))
			.andExpect(content().string(not(containsString("Importeer"))));
		assertThat(people("%import%")).isZero();
	}

	@Test
	void aCleanFileIsImportedAllAtOnce() throws Exception {
		var csv = HEADER + "Dirk;Nieuw;dirk.nieuw@maldegem.example;OCMW;SOC;Maatschappelijk werker;0,8;2027-02-01\n"
				+ "Eva;Nieuw;eva.nieuw@maldegem.example;GEM;BIB;Bibliotheekassistent;1;2027-02-01\n";
		mvc.perform(multipart("/organogram/import").file(file(csv)).with(user("secretariaat").roles("SECRETARIAT")).with(csrf()))
			.andExpect(content().string(containsString("Alle 2 rijen zijn in orde")));
		mvc.perform(post("/organogram/import/uitvoeren").param("csv", csv).with(user("secretariaat").roles("SECRETARIAT")).with(csrf()))
			.andExpect(redirectedUrl("/organogram/import"));
		assertThat(people("%.nieuw@maldegem.example")).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from org_assignment a join org_person p on p.id = a.person_id where p.work_email like '%.nieuw@maldegem.example' and a.valid_from = '2027-02-01'")
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void exportsAreCsvFilesForFinanceAndTheSecretariat() throws Exception {
		mvc.perform(get("/organogram/export/toewijzingen.csv").with(user("fd").roles("FINANCIAL_DIRECTOR")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string(containsString("voornaam;achternaam;e-mail;werkgever;eenheid;functie;soort;vte;vanaf;tot")));
		mvc.perform(get("/organogram/export/eenheden.csv").with(user("fd").roles("FINANCIAL_DIRECTOR")))
			.andExpect(content().string(containsString("ALGDIR;Algemeen directeur;DIRECTIE")));
		mvc.perform(get("/organogram/rapporten/kostendeling").with(user("fd").roles("FINANCIAL_DIRECTOR")))
			.andExpect(content().string(containsString("Saldo OCMW")));
		mvc.perform(get("/organogram/export/eenheden.csv").with(user("onthaal").roles("FRONT_DESK"))).andExpect(status().isForbidden());
	}

	@Test
	void theStaffDirectoryFindsPeopleByNameOrService() throws Exception {
		mvc.perform(get("/organogram/medewerkers").param("q", "sociale dienst").with(user("onthaal").roles("FRONT_DESK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Maatschappelijk werker, Sociale dienst")));
		mvc.perform(get("/organogram/medewerkers").param("q", "<script>").with(user("onthaal").roles("FRONT_DESK")))
			.andExpect(content().string(containsString("Geen medewerkers gevonden.")));
	}

	@Test
	void aPersonFormWithAStaleVersionIsExplained() throws Exception {
		var person = jdbc.sql("select id, version from org_person order by id limit 1")
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		mvc.perform(post("/organogram/medewerkers/" + person[0] + "/wijzigen").with(user("secretariaat").roles("SECRETARIAT")).with(csrf())
			.param("firstName", "Oud").param("lastName", "Formulier").param("employer", "GEM")
			.param("version", String.valueOf(person[1] + 7)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders was u voor")));
		mvc.perform(post("/organogram/medewerkers/nieuw").with(user("secretariaat").roles("SECRETARIAT")).with(csrf())
			.param("firstName", "").param("lastName", "").param("workEmail", "geen-email"))
			.andExpect(content().string(containsString("Geef de voornaam in.")))
			.andExpect(content().string(containsString("Kies de werkgever")));
	}

	private long people(String emailPattern) {
		return jdbc.sql("select count(*) from org_person where work_email like ?").param(emailPattern).query(Long.class).single();
	}

	private static MockMultipartFile file(String csv) {
		return new MockMultipartFile("bestand", "toewijzingen.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

}

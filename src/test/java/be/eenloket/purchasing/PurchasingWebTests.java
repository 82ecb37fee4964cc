package be.eenloket.purchasing;

import java.time.LocalDate;

import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Purchasing through the web layer: field messages, per-record access, CSV import, reports and open data. */
@IntegrationTest
class PurchasingWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static MockHttpServletRequestBuilder as(String username, String role, MockHttpServletRequestBuilder request) {
		return request.with(user(username).roles(role)).with(csrf());
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void sharesThatDoNotAddUpAreExplainedByTheFieldAndNothingIsSaved() throws Exception {
		var unit = jdbc.sql("select unit_id from pu_request where requested_by = 'diensthoofd' limit 1").query(Long.class).single();
		var desired = LocalDate.now().plusDays(20);
		var gem = jdbc.sql("select id from pu_budget_code where legal_entity_code = 'GEM' and budget_year = ? order by id limit 1")
			.param(desired.getYear()).query(Long.class).single();
		var before = count("pu_request");
		mvc.perform(as("diensthoofd", "DEPARTMENT_HEAD", post("/aankoop/aanvragen/nieuw"))
			.param("unitId", Long.toString(unit))
			.param("title", "Test")
			.param("category", "30")
			.param("estimatedValue", "1000")
			.param("vatRate", "21")
			.param("desiredDate", desired.toString())
			.param("justification", "Test")
			.param("byPercentage", "false")
			.param("shares[0].budgetCodeId", Long.toString(gem))
			.param("shares[0].value", "600")
			.param("shares[1].budgetCodeId", Long.toString(gem))
			.param("shares[1].value", "400"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Bestuur GEM staat twee keer bij de betalers.")));
		assertThat(count("pu_request")).isEqualTo(before);
	}

	@Test
	void aDepartmentHeadGetsANotFoundForAnotherUnitsRequestAndSeesOnlyTheirOwnInTheList() throws Exception {
		var other = jdbc.sql("select id from pu_request where unit_name = 'ICT' limit 1").query(Long.class).single();
		mvc.perform(as("diensthoofd", "DEPARTMENT_HEAD", get("/aankoop/aanvragen/" + other))).andExpect(status().isNotFound());
		mvc.perform(as("financieeldirecteur", "FINANCIAL_DIRECTOR", get("/aankoop/aanvragen/" + other))).andExpect(status().isOk());
		var list = mvc.perform(as("diensthoofd", "DEPARTMENT_HEAD", get("/aankoop/aanvragen"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(list).contains("Bureaustoelen loketten burgerzaken").doesNotContain("Gezamenlijke server");
	}

	@Test
	void aBudgetCodeImportWithAnErrorSavesNothingAndTheDryRunSavesNothingEither() throws Exception {
		var before = count("pu_budget_code");
		var good = "bestuur;jaar;rekening;beleidsveld;actie;omschrijving;krediet\nGEM;2027;6490000;0119;;Diverse;1.500,00\n";
		mvc.perform(multipart("/aankoop/budgetcodes/import")
				.file(new MockMultipartFile("file", "codes.csv", "text/csv", good.getBytes())).param("dryRun", "true").with(user("aankoper").roles("PURCHASER")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Nieuw, krediet € 1.500,00")));
		assertThat(count("pu_budget_code")).isEqualTo(before);
		var bad = good + "XYZ;2027;6490000;0119;;Diverse;10\n";
		mvc.perform(multipart("/aankoop/budgetcodes/import")
				.file(new MockMultipartFile("file", "codes.csv", "text/csv", bad.getBytes())).param("dryRun", "false").with(user("aankoper").roles("PURCHASER")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Bestuur XYZ bestaat niet.")));
		assertThat(count("pu_budget_code")).isEqualTo(before);
		mvc.perform(multipart("/aankoop/budgetcodes/import")
				.file(new MockMultipartFile("file", "codes.csv", "text/csv", good.getBytes())).param("dryRun", "false").with(user("aankoper").roles("PURCHASER")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(count("pu_budget_code")).isEqualTo(before + 1);
	}

	@Test
	void anInvalidSupplierIsRefusedByTheField() throws Exception {
		var before = count("pu_supplier");
		mvc.perform(as("aankoper", "PURCHASER", post("/aankoop/leveranciers/nieuw"))
			.param("name", "Test BV").param("enterpriseNumber", "0412.345.614").param("vatNumber", "BE0423456765")
			.param("iban", "BE68539007547034").param("street", "Markt").param("houseNumber", "1")
			.param("postalCode", "9990").param("city", "Maldegem"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Een Belgisch btw-nummer is BE met het eigen ondernemingsnummer.")));
		assertThat(count("pu_supplier")).isEqualTo(before);
	}

	@Test
	void contractsAboveTheBelgianPublicationLimitAreOpenDataInOcds() throws Exception {
		mvc.perform(get("/open-data/aankoop/contracten.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value("1.1"))
			.andExpect(jsonPath("$.releases[?(@.ocid == 'ocds-eenlkt-RO-2026-ICT')].tender.procurementMethod").value("open"))
			.andExpect(jsonPath("$.releases[?(@.ocid == 'ocds-eenlkt-OC-2019-LIFT')]").isEmpty());
	}

	@Test
	void theSpendReportCountsTheSharedServerForEachEntityByItsShare() throws Exception {
		var csv = mvc.perform(as("aankoper", "PURCHASER", get("/aankoop/rapporten/uitgaven.csv"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(csv).startsWith("jaar;bestuur;categorie").contains(";GEM;30;").contains(";OCMW;30;")
			.contains("Dataserv Vlaanderen NV;1;42000.00;42000.00");
	}

}

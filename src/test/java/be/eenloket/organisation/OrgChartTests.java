package be.eenloket.organisation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import be.eenloket.organisation.internal.OrgChartRenderer;
import be.eenloket.organisation.internal.Snapshot;
import be.eenloket.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The org chart as SVG and PDF: well-formed, complete, coloured by entity, escaped, with text alternatives. */
@IntegrationTest
class OrgChartTests {

	@Autowired
	OrgChartRenderer renderer;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static Snapshot.Unit unit(long id, String name, Long parent, List<String> entities) {
		return new Snapshot.Unit(id, "U" + id, name, UnitType.DIENST, parent, entities, null, null, null, id, 0,
				LocalDate.of(2020, 1, 1), null);
	}

	@Test
	void theSvgIsWellFormedHasATextAlternativeAndColoursUnitsByEntity() throws Exception {
		var snapshot = new Snapshot(LocalDate.of(2026, 11, 23),
				Map.of(1L, unit(1, "Algemeen <directeur> & co \"test\"", null, List.of("GEM", "OCMW")),
						2L, unit(2, "Burgerzaken", 1L, List.of("GEM")), 3L, unit(3, "Sociale dienst", 1L, List.of("OCMW"))),
				Map.of(), List.of(), Map.of());
		var svg = renderer.svg(snapshot, true, Locale.forLanguageTag("nl"), "Titel", "Beschrijving");
		var document = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		var root = document.getDocumentElement();
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("aria-labelledby")).isEqualTo("chart-title chart-desc");
		assertThat(document.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Titel");
		assertThat(root.getTextContent()).contains("Algemeen <directeur> & co", "\"test\"", "Burgerzaken", "Sociale dienst");
		assertThat(svg).contains("fill=\"#d2e2f5\"", "fill=\"#d5eadb\"", "fill=\"#e7ddf3\"").doesNotContain("<directeur>");
	}

	@Test
	void thePublicChartShowsFunctionsButNoNames() throws Exception {
		mvc.perform(get("/organisatie"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Diensthoofd burgerzaken")))
			.andExpect(content().string(containsString("class=\"chart-image\"")))
			.andExpect(content().string(not(containsString("An Peeters"))))
			.andExpect(content().string(not(containsString("@maldegem.example"))));
		mvc.perform(get("/organisatie/kaart.svg"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("image/svg+xml")))
			.andExpect(content().string(not(containsString("An Peeters"))));
	}

	@Test
	void staffGetTheChartWithNamesAsSvgAndAsARealPdfForAnyDate() throws Exception {
		mvc.perform(get("/organogram/kaart").param("datum", "2024-06-01").with(user("onthaal").roles("FRONT_DESK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An Peeters")))
			.andExpect(content().string(containsString("Dezelfde organisatie als lijst")));
		var pdf = mvc.perform(get("/organogram/kaart.pdf").with(user("onthaal").roles("FRONT_DESK")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		be.eenloket.support.PdfChecks.assertTaggedWithEmbeddedFonts(pdf);
		try (var document = Loader.loadPDF(pdf)) {
			var text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Organogram van gemeente en OCMW", "Burgerzaken", "Financiële dienst");
			// the legal entity is written, not shown by colour alone, and the legend says what the colours mean
			assertThat(text).contains("GEM+OCMW", "Werkt voor de gemeente", "Werkt voor het OCMW");
			assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4 portrait").isLessThan(600);
		}
	}

	@Test
	void aDraftsChartSaysItIsADraftAndShowsTheUnitsAsTheyWouldBe() throws Exception {
		var draft = jdbc.sql("select id from org_reorganisation where name = 'Communicatie en onthaal bij de algemeen directeur'")
			.query(Long.class).single();
		mvc.perform(get("/organogram/herstructureringen/" + draft + "/kaart.svg").with(user("secretariaat").roles("SECRETARIAT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title id=\"chart-title\">Ontwerp ‘Communicatie en onthaal bij de algemeen directeur’")))
			.andExpect(content().string(containsString("Onthaal en infopunt")));
		mvc.perform(get("/organogram/herstructureringen/" + draft + "/kaart").with(user("secretariaat").roles("SECRETARIAT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Het is nog niet van kracht.")))
			.andExpect(content().string(containsString("Onthaal en infopunt")));
		mvc.perform(get("/organogram/herstructureringen/" + draft + "/kaart").with(user("onthaal").roles("FRONT_DESK")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDraftHasItsOwnChartAndAnUnknownDraftIsNotFound() throws Exception {
		mvc.perform(get("/organogram/herstructureringen/987654/kaart.svg").with(user("secretariaat").roles("SECRETARIAT"))
			.accept("text/html")).andExpect(status().isNotFound());
		mvc.perform(get("/organogram/kaart.svg").with(user("secretariaat").roles("SECRETARIAT")))
			.andExpect(status().isOk());
	}

}

package be.eenloket.directory;

import be.eenloket.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Lobby boards are real PDFs made from the directory data, with a QR code to the online page. */
@IntegrationTest
class LobbyBoardTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theBuildingBoardPdfListsEveryFloorTopToBottomWithItsServicesAndAQrCode() throws Exception {
		var bytes = mvc.perform(get("/gebouwen/gemeentehuis/wegwijzer.pdf"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		be.eenloket.support.PdfChecks.assertTaggedWithEmbeddedFonts(bytes);
		try (var document = Loader.loadPDF(bytes)) {
			var text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Gemeentehuis", "3de verdieping", "2de verdieping", "gelijkvloers",
					"Dienst Burgerzaken", "Financiële dienst", "http://localhost/gebouwen/gemeentehuis");
			assertThat(text.indexOf("3de verdieping")).isLessThan(text.indexOf("gelijkvloers"));
			var images = 0;
			for (var page : document.getPages()) {
				for (var name : page.getResources().getXObjectNames()) {
					if (page.getResources().getXObject(name) instanceof PDImageXObject) {
						images++;
					}
				}
			}
			assertThat(images).as("the QR code").isGreaterThanOrEqualTo(1);
		}
	}

	@Test
	void aFloorBoardShowsOnlyThatFloor() throws Exception {
		var bytes = mvc.perform(get("/gebouwen/gemeentehuis/verdiepingen/2/wegwijzer.pdf")).andReturn().getResponse()
			.getContentAsByteArray();
		try (var document = Loader.loadPDF(bytes)) {
			var text = new PDFTextStripper().getText(document);
			assertThat(text).contains("2de verdieping", "Secretariaat").doesNotContain("Dienst Burgerzaken");
		}
	}

	@Test
	void thePrintablePageHasTheSameContentAndALinkToThePdf() throws Exception {
		mvc.perform(get("/gebouwen/ocmw/wegwijzer"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sociale dienst (Sociaal Huis)")))
			.andExpect(content().string(containsString("data:image/png;base64,")))
			.andExpect(content().string(containsString("/gebouwen/ocmw/wegwijzer.pdf")));
		mvc.perform(get("/gebouwen/ocmw/verdiepingen/7/wegwijzer.pdf").accept("text/html")).andExpect(status().isNotFound());
	}

}

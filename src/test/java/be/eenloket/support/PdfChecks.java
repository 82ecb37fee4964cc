package be.eenloket.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * What every PDF the portal generates must be (issue 14): tagged for PDF/UA (marked, with a structure tree, a
 * title shown in the window, a language and the PDF/UA identification), and with every font embedded.
 */
public final class PdfChecks {

	private PdfChecks() {
	}

	public static void assertTaggedWithEmbeddedFonts(byte[] pdf) {
		try (var document = Loader.loadPDF(pdf)) {
			var catalog = document.getDocumentCatalog();
			assertThat(catalog.getMarkInfo()).as("MarkInfo").isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).as("the PDF is marked as tagged").isTrue();
			assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
			assertThat(catalog.getLanguage()).as("document language").isNotBlank();
			assertThat(document.getDocumentInformation().getTitle()).as("title").isNotBlank();
			assertThat(catalog.getViewerPreferences()).as("viewer preferences").isNotNull();
			assertThat(catalog.getViewerPreferences().displayDocTitle()).as("DisplayDocTitle").isTrue();
			assertThat(catalog.getMetadata()).as("XMP metadata").isNotNull();
			try (var xmp = catalog.getMetadata().exportXMPMetadata()) {
				assertThat(new String(xmp.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
					.as("PDF/UA identification in the XMP metadata").contains("pdfuaid");
			}
			var notEmbedded = new ArrayList<String>();
			for (var page : document.getPages()) {
				var resources = page.getResources();
				for (var name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					if (!font.isEmbedded()) {
						notEmbedded.add(font.getName());
					}
				}
			}
			assertThat(notEmbedded).as("fonts that are not embedded").isEmpty();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

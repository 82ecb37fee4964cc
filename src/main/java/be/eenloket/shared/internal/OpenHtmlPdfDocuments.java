package be.eenloket.shared.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import be.eenloket.shared.PdfDocuments;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

/**
 * openhtmltopdf reads XML; jsoup parses the HTML5 that templates write into the DOM it needs. Every document is
 * tagged (PDF/UA: structure tree, reading order, the title and language of the HTML) and uses DejaVu Sans, shipped
 * in {@code fonts/} and embedded as a subset, instead of the standard 14 fonts a reader must substitute; so a
 * screen reader can read a receipt or a letter and it prints the same everywhere.
 */
@Component
class OpenHtmlPdfDocuments implements PdfDocuments {

	static final String FONT_FAMILY = "DejaVu Sans";

	/** Every text in the one embedded family, whatever a template's stylesheet asks for. */
	private static final String FONT_RULE = "*{font-family:'" + FONT_FAMILY + "' !important}";

	@Override
	public byte[] render(String html) {
		var parsed = Jsoup.parse(html);
		parsed.head().appendElement("style").text(FONT_RULE);
		if (parsed.head().selectFirst("meta[name=subject]") == null) {
			// PDF/UA wants a description in the metadata (openhtmltopdf takes it from "subject"); the title is an honest one
			var description = parsed.head().selectFirst("meta[name=description]");
			parsed.head().appendElement("meta").attr("name", "subject")
				.attr("content", description != null ? description.attr("content") : parsed.title());
		}
		var document = new W3CDom().fromJsoup(parsed);
		var out = new ByteArrayOutputStream(64 * 1024);
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont((com.openhtmltopdf.extend.FSSupplier<java.io.InputStream>) () -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont((com.openhtmltopdf.extend.FSSupplier<java.io.InputStream>) () -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withW3cDocument(document, "/");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static java.io.InputStream font(String name) {
		var stream = OpenHtmlPdfDocuments.class.getResourceAsStream("/fonts/" + name);
		if (stream == null) {
			throw new IllegalStateException("Font fonts/" + name + " is missing from the application");
		}
		return stream;
	}

}

package be.eenloket.shared.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import be.eenloket.shared.PdfDocuments;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

/** openhtmltopdf reads XML; jsoup parses the HTML5 that templates write into the DOM it needs. */
@Component
class OpenHtmlPdfDocuments implements PdfDocuments {

	@Override
	public byte[] render(String html) {
		var document = new W3CDom().fromJsoup(Jsoup.parse(html));
		var out = new ByteArrayOutputStream(64 * 1024);
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withW3cDocument(document, "/");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

}

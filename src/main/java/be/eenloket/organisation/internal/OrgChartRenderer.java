package be.eenloket.organisation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws the organogram as SVG (for the pages, readable without JavaScript, zoomable, printable) and as PDF (drawn
 * with PDFBox from the same layout). Units are coloured by the legal entities they serve.
 */
@Component
public class OrgChartRenderer {

	/** Fill colours per set of legal entities; all keep dark text above 4.5:1 contrast. */
	static final String GEM = "#d2e2f5";

	static final String OCMW = "#d5eadb";

	static final String JOINT = "#e7ddf3";

	static final String OTHER = "#eeeeee";

	static final String STROKE = "#1d3557";

	private final MessageSource messages;

	OrgChartRenderer(MessageSource messages) {
		this.messages = messages;
	}

	static String fill(List<String> entities) {
		if (entities.contains("GEM") && entities.contains("OCMW")) {
			return JOINT;
		}
		if (entities.equals(List.of("GEM"))) {
			return GEM;
		}
		if (entities.equals(List.of("OCMW"))) {
			return OCMW;
		}
		return OTHER;
	}

	public ChartLayout.Layout layout(Snapshot snapshot, boolean showNames, Locale locale) {
		return ChartLayout.of(snapshot, new ChartLayout.Labels() {
			@Override
			public String type(Snapshot.Unit unit) {
				return messages.getMessage(unit.type().messageKey(), null, locale);
			}

			@Override
			public String vacant() {
				return messages.getMessage("chart.vacant", null, locale);
			}

			@Override
			public boolean showNames() {
				return showNames;
			}
		});
	}

	/** The chart as an SVG document; {@code title} and {@code description} are its text alternative. */
	public String svg(Snapshot snapshot, boolean showNames, Locale locale, String title, String description) {
		var layout = layout(snapshot, showNames, locale);
		var legendHeight = 40;
		var width = layout.width();
		var height = layout.height() + legendHeight;
		var svg = new StringBuilder(16_384);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"org-chart\" role=\"img\" ")
			.append("aria-labelledby=\"chart-title chart-desc\" viewBox=\"0 0 ").append(fmt(width)).append(' ')
			.append(fmt(height)).append("\" width=\"").append(fmt(width)).append("\" height=\"").append(fmt(height)).append("\" preserveAspectRatio=\"xMidYMin meet\" font-family=\"Helvetica, Arial, sans-serif\">");
		svg.append("<title id=\"chart-title\">").append(escape(title)).append("</title>");
		svg.append("<desc id=\"chart-desc\">").append(escape(description)).append("</desc>");
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
		for (var box : layout.boxes()) {
			if (box.parentId() != null) {
				var parent = layout.box(box.parentId());
				if (parent != null) {
					var midY = box.y() - ChartLayout.GAP_Y / 2;
					svg.append("<path d=\"M").append(fmt(parent.centerX())).append(' ').append(fmt(parent.y() + ChartLayout.BOX_HEIGHT))
						.append(" V").append(fmt(midY)).append(" H").append(fmt(box.centerX())).append(" V").append(fmt(box.y()))
						.append("\" fill=\"none\" stroke=\"").append(STROKE).append("\" stroke-width=\"1.5\"/>");
				}
			}
		}
		for (var box : layout.boxes()) {
			svg.append("<g><rect x=\"").append(fmt(box.x())).append("\" y=\"").append(fmt(box.y())).append("\" width=\"")
				.append(fmt(ChartLayout.BOX_WIDTH)).append("\" height=\"").append(fmt(ChartLayout.BOX_HEIGHT))
				.append("\" rx=\"6\" fill=\"").append(fill(box.unit().legalEntities())).append("\" stroke=\"").append(STROKE)
				.append("\" stroke-width=\"1.5\"/>");
			var y = box.y() + 18;
			for (var line : box.nameLines()) {
				text(svg, box.centerX(), y, line, 13, true);
				y += 15;
			}
			text(svg, box.centerX(), y + 1, box.typeLine() + " · " + String.join("+", box.unit().legalEntities()), 11, false);
			if (!box.leadLine().isEmpty()) {
				text(svg, box.centerX(), box.y() + ChartLayout.BOX_HEIGHT - 8, shorten(box.leadLine(), 32), 11, false);
			}
			svg.append("</g>");
		}
		legend(svg, layout.height() + 6, locale);
		svg.append("</svg>");
		return svg.toString();
	}

	private void legend(StringBuilder svg, double y, Locale locale) {
		var x = ChartLayout.MARGIN;
		for (var entry : List.of(new String[] { GEM, "chart.legend.gem" }, new String[] { OCMW, "chart.legend.ocmw" },
				new String[] { JOINT, "chart.legend.joint" })) {
			svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"18\" height=\"18\" fill=\"")
				.append(entry[0]).append("\" stroke=\"").append(STROKE).append("\"/>");
			var label = messages.getMessage(entry[1], null, locale);
			svg.append("<text x=\"").append(fmt(x + 24)).append("\" y=\"").append(fmt(y + 14))
				.append("\" font-size=\"12\" fill=\"#0b0c0c\">").append(escape(label)).append("</text>");
			x += 30 + label.length() * 7;
		}
	}

	private static void text(StringBuilder svg, double x, double y, String text, int size, boolean bold) {
		svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" font-size=\"").append(size)
			.append("\" text-anchor=\"middle\" fill=\"#0b0c0c\"").append(bold ? " font-weight=\"bold\"" : "").append('>')
			.append(escape(text)).append("</text>");
	}

	/** The chart as a one-page PDF, scaled to fit A3 landscape. */
	public byte[] pdf(Snapshot snapshot, boolean showNames, Locale locale, String title) {
		var layout = layout(snapshot, showNames, locale);
		var pageSize = new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth());
		var scale = Math.min((pageSize.getWidth() - 40) / layout.width(), (pageSize.getHeight() - 80) / layout.height());
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			var page = new PDPage(pageSize);
			document.addPage(page);
			var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			try (var content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(bold, 16);
				content.newLineAtOffset(20, pageSize.getHeight() - 30);
				content.showText(pdfText(title));
				content.endText();
				var top = pageSize.getHeight() - 50;
				content.setStrokingColor(0.11f, 0.21f, 0.34f);
				content.setLineWidth(1);
				for (var box : layout.boxes()) {
					var parent = box.parentId() == null ? null : layout.box(box.parentId());
					if (parent != null) {
						float px = (float) (20 + parent.centerX() * scale);
						float py = (float) (top - (parent.y() + ChartLayout.BOX_HEIGHT) * scale);
						float cx = (float) (20 + box.centerX() * scale);
						float cy = (float) (top - box.y() * scale);
						float my = (float) (top - (box.y() - ChartLayout.GAP_Y / 2) * scale);
						content.moveTo(px, py);
						content.lineTo(px, my);
						content.lineTo(cx, my);
						content.lineTo(cx, cy);
						content.stroke();
					}
				}
				for (var box : layout.boxes()) {
					float x = (float) (20 + box.x() * scale);
					float y = (float) (top - (box.y() + ChartLayout.BOX_HEIGHT) * scale);
					var rgb = java.awt.Color.decode(fill(box.unit().legalEntities()));
					content.setNonStrokingColor(rgb.getRed() / 255f, rgb.getGreen() / 255f, rgb.getBlue() / 255f);
					content.addRect(x, y, (float) (ChartLayout.BOX_WIDTH * scale), (float) (ChartLayout.BOX_HEIGHT * scale));
					content.fillAndStroke();
					content.setNonStrokingColor(0f, 0f, 0f);
					var lineY = (float) (top - (box.y() + 16) * scale);
					var size = (float) Math.max(4, 11 * scale);
					for (var line : box.nameLines()) {
						centered(content, bold, size, line, (float) (20 + box.centerX() * scale), lineY);
						lineY -= size * 1.25f;
					}
					centered(content, regular, size * 0.85f, box.typeLine(), (float) (20 + box.centerX() * scale), lineY);
					if (!box.leadLine().isEmpty()) {
						centered(content, regular, size * 0.85f, shorten(box.leadLine(), 32), (float) (20 + box.centerX() * scale),
								(float) (top - (box.y() + ChartLayout.BOX_HEIGHT - 8) * scale));
					}
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void centered(PDPageContentStream content, PDType1Font font, float size, String text, float cx, float y)
			throws IOException {
		var safe = pdfText(text);
		var width = font.getStringWidth(safe) / 1000 * size;
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(cx - width / 2, y);
		content.showText(safe);
		content.endText();
	}

	/** The standard PDF fonts know WinAnsi only: replace what they cannot show rather than fail. */
	static String pdfText(String text) {
		var out = new StringBuilder(text.length());
		for (var c : text.toCharArray()) {
			out.append(c == '·' || (c < 256 && c >= 32) || "€–—‘’“”…".indexOf(c) >= 0 ? c : '?');
		}
		return out.toString();
	}

	private static String shorten(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}

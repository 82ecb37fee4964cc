package be.eenloket.organisation.internal;

import java.util.List;
import java.util.Locale;

import be.eenloket.shared.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws the organogram as SVG (for the pages, readable without JavaScript, zoomable, printable) and as PDF (drawn
 * from the same layout as a tagged outline). Units are coloured by the legal entities they serve and name them too.
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

	private final PdfDocuments pdfDocuments;

	OrgChartRenderer(MessageSource messages, PdfDocuments pdfDocuments) {
		this.messages = messages;
		this.pdfDocuments = pdfDocuments;
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

	/**
	 * The chart as a PDF for print: the same units as the SVG, as an outline of boxes that keeps its text at 10 pt on
	 * A4 pages however large the organisation grows (one drawing scaled onto one A3 page shrank it to 4 pt). Each box
	 * writes its legal entities (GEM, OCMW or both) next to the colour, and a legend explains both; the PDF is tagged
	 * with an embedded font ({@link PdfDocuments}).
	 */
	public byte[] pdf(Snapshot snapshot, boolean showNames, Locale locale, String title) {
		var layout = layout(snapshot, showNames, locale);
		var children = new java.util.LinkedHashMap<Long, List<ChartLayout.Box>>();
		var roots = new java.util.ArrayList<ChartLayout.Box>();
		for (var box : layout.boxes()) {
			if (box.parentId() == null || layout.box(box.parentId()) == null) {
				roots.add(box);
			}
			else {
				children.computeIfAbsent(box.parentId(), id -> new java.util.ArrayList<>()).add(box);
			}
		}
		var html = new StringBuilder(32_768);
		html.append("<!DOCTYPE html><html lang=\"").append(escape(locale.getLanguage())).append("\"><head><meta charset=\"utf-8\"><title>")
			.append(escape(title)).append("</title><style>")
			.append("@page{size:A4;margin:14mm 12mm}body{font-size:10pt;color:#0b0c0c;line-height:1.3}")
			.append("h1{font-size:16pt;margin:0 0 3mm}.legend{margin:0 0 4mm}")
			.append(".legend-item{margin-right:6mm}.swatch{display:inline-block;width:4mm;height:4mm;border:0.75pt solid ")
			.append(STROKE).append(";margin-right:1.5mm}")
			.append("ul.tree{list-style:none;margin:0;padding:0}ul.tree ul{list-style:none;margin:0 0 0 3mm;padding:0 0 0 4mm;border-left:0.75pt solid ")
			.append(STROKE).append("}.unit{border:0.75pt solid ").append(STROKE)
			.append(";border-radius:2pt;padding:1.2mm 2mm;margin:1.2mm 0;page-break-inside:avoid}")
			.append(".name{font-weight:bold}.entities{font-weight:bold}.meta{font-size:9pt}")
			.append("</style></head><body><h1>").append(escape(title)).append("</h1><p class=\"legend\">");
		for (var entry : List.of(new String[] { GEM, "GEM", "chart.legend.gem" }, new String[] { OCMW, "OCMW", "chart.legend.ocmw" },
				new String[] { JOINT, "GEM+OCMW", "chart.legend.joint" })) {
			html.append("<span class=\"legend-item\"><span class=\"swatch\" style=\"background:").append(entry[0]).append("\"></span><b>")
				.append(entry[1]).append("</b>: ").append(escape(messages.getMessage(entry[2], null, locale))).append("</span> ");
		}
		html.append("</p><ul class=\"tree\">");
		for (var root : roots) {
			outline(html, root, children);
		}
		html.append("</ul></body></html>");
		return pdfDocuments.render(html.toString());
	}

	private static void outline(StringBuilder html, ChartLayout.Box box, java.util.Map<Long, List<ChartLayout.Box>> children) {
		html.append("<li><div class=\"unit\" style=\"background:").append(fill(box.unit().legalEntities())).append("\">")
			.append("<span class=\"name\">").append(escape(String.join(" ", box.nameLines()))).append("</span> – ")
			.append("<span class=\"entities\">").append(escape(String.join("+", box.unit().legalEntities()))).append("</span>")
			.append("<div class=\"meta\">").append(escape(box.typeLine()));
		if (!box.leadLine().isEmpty()) {
			html.append(" · ").append(escape(box.leadLine()));
		}
		html.append("</div></div>");
		var below = children.getOrDefault(box.unit().id(), List.of());
		if (!below.isEmpty()) {
			html.append("<ul>");
			for (var child : below) {
				outline(html, child, children);
			}
			html.append("</ul>");
		}
		html.append("</li>");
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

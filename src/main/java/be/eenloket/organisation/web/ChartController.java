package be.eenloket.organisation.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import be.eenloket.organisation.internal.OrgChartRenderer;
import be.eenloket.organisation.internal.Reorganisations;
import be.eenloket.organisation.internal.Snapshot;
import be.eenloket.organisation.internal.Snapshots;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The org chart picture: for staff with names of heads (any date, and for a reorganisation draft), and for
 * citizens with only the units and the functions that lead them. SVG inline in the page and as a file, and PDF.
 */
@Controller
class ChartController {

	static final String STAFF = "organisation/chart";

	static final String PUBLIC = "organisation/public-chart";

	static final String DRAFT = "organisation/reorganisation-chart";

	/** With the charset spelled out, so no client falls back to ISO-8859-1 for names like "Financiële dienst". */
	static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);

	private final Snapshots snapshots;

	private final Reorganisations reorganisations;

	private final OrgChartRenderer renderer;

	private final MessageSource messages;

	private final Clock clock;

	ChartController(Snapshots snapshots, Reorganisations reorganisations, OrgChartRenderer renderer,
			MessageSource messages, Clock clock) {
		this.snapshots = snapshots;
		this.reorganisations = reorganisations;
		this.renderer = renderer;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/organogram/kaart")
	String staffChart(@RequestParam(name = "datum", required = false) String datum, Model model, Locale locale) {
		var asOf = AsOfDate.parse(datum, clock);
		var snapshot = snapshots.asOf(asOf.date());
		model.addAttribute("asOf", asOf);
		model.addAttribute("snapshot", snapshot);
		model.addAttribute("svg", renderer.svg(snapshot, true, locale, title(snapshot, locale), description(snapshot, locale)));
		return STAFF;
	}

	@GetMapping("/organogram/kaart.svg")
	ResponseEntity<String> staffSvg(@RequestParam(name = "datum", required = false) String datum, Locale locale) {
		var snapshot = snapshots.asOf(AsOfDate.parse(datum, clock).date());
		return svg(renderer.svg(snapshot, true, locale, title(snapshot, locale), description(snapshot, locale)));
	}

	@GetMapping("/organogram/kaart.pdf")
	ResponseEntity<byte[]> staffPdf(@RequestParam(name = "datum", required = false) String datum, Locale locale) {
		var snapshot = snapshots.asOf(AsOfDate.parse(datum, clock).date());
		return pdf(renderer.pdf(snapshot, true, locale, title(snapshot, locale)), "organogram-" + snapshot.date());
	}

	@GetMapping("/organogram/herstructureringen/{id}/kaart")
	String draftChart(@PathVariable long id, Model model, Locale locale) {
		var reorganisation = reorganisation(id);
		var after = reorganisations.preview(id).after();
		model.addAttribute("reorganisation", reorganisation);
		model.addAttribute("snapshot", after);
		model.addAttribute("title", draftTitle(reorganisation, locale));
		model.addAttribute("svg", renderer.svg(after, true, locale, draftTitle(reorganisation, locale), description(after, locale)));
		return DRAFT;
	}

	@GetMapping("/organogram/herstructureringen/{id}/kaart.svg")
	ResponseEntity<String> draftSvg(@PathVariable long id, Locale locale) {
		var reorganisation = reorganisation(id);
		var after = reorganisations.preview(id).after();
		return svg(renderer.svg(after, true, locale, draftTitle(reorganisation, locale), description(after, locale)));
	}

	@GetMapping("/organogram/herstructureringen/{id}/kaart.pdf")
	ResponseEntity<byte[]> draftPdf(@PathVariable long id, Locale locale) {
		var reorganisation = reorganisation(id);
		var after = reorganisations.preview(id).after();
		return pdf(renderer.pdf(after, true, locale, draftTitle(reorganisation, locale)), "herstructurering-" + id);
	}

	@GetMapping("/organisatie")
	String publicChart(Model model, Locale locale) {
		var snapshot = snapshots.asOf(java.time.LocalDate.now(clock));
		model.addAttribute("snapshot", snapshot);
		// the drawing is an image of /organisatie/kaart.svg: thousands of inline SVG nodes cost a phone half a second
		var layout = renderer.layout(snapshot, false, locale);
		model.addAttribute("chartDescription", description(snapshot, locale));
		model.addAttribute("chartWidth", Math.round(layout.width()));
		model.addAttribute("chartHeight", Math.round(layout.height()) + 40);
		return PUBLIC;
	}

	@GetMapping("/organisatie/kaart.svg")
	ResponseEntity<String> publicSvg(Locale locale) {
		var snapshot = snapshots.asOf(java.time.LocalDate.now(clock));
		return svg(renderer.svg(snapshot, false, locale, title(snapshot, locale), description(snapshot, locale)));
	}

	private be.eenloket.organisation.internal.Reorganisation reorganisation(long id) {
		return reorganisations.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** A draft's chart says so in its title, so a printed or downloaded copy is never taken for the real one. */
	private String draftTitle(be.eenloket.organisation.internal.Reorganisation reorganisation, Locale locale) {
		return messages.getMessage("chart.draft.title", new Object[] { reorganisation.name(),
				reorganisation.effectiveDate().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)) }, locale);
	}

	private String title(Snapshot snapshot, Locale locale) {
		return messages.getMessage("chart.title", new Object[] { snapshot.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)) }, locale);
	}

	private String description(Snapshot snapshot, Locale locale) {
		return messages.getMessage("chart.description", new Object[] { snapshot.units().size(), snapshot.roots().size() }, locale);
	}

	private static ResponseEntity<String> svg(String svg) {
		return ResponseEntity.ok().contentType(SVG).body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg);
	}

	private static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", ContentDisposition.inline().filename(name + ".pdf").build().toString())
			.body(bytes);
	}

}

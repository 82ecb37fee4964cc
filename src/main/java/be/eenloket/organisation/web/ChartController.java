package be.eenloket.organisation.web;

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

	static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

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

	@GetMapping("/organogram/herstructureringen/{id}/kaart.svg")
	ResponseEntity<String> draftSvg(@PathVariable long id, Locale locale) {
		var after = draft(id);
		return svg(renderer.svg(after, true, locale, title(after, locale), description(after, locale)));
	}

	@GetMapping("/organogram/herstructureringen/{id}/kaart.pdf")
	ResponseEntity<byte[]> draftPdf(@PathVariable long id, Locale locale) {
		var after = draft(id);
		return pdf(renderer.pdf(after, true, locale, title(after, locale)), "herstructurering-" + id);
	}

	@GetMapping("/organisatie")
	String publicChart(Model model, Locale locale) {
		var snapshot = snapshots.asOf(java.time.LocalDate.now(clock));
		model.addAttribute("snapshot", snapshot);
		model.addAttribute("svg", renderer.svg(snapshot, false, locale, title(snapshot, locale), description(snapshot, locale)));
		return PUBLIC;
	}

	@GetMapping("/organisatie/kaart.svg")
	ResponseEntity<String> publicSvg(Locale locale) {
		var snapshot = snapshots.asOf(java.time.LocalDate.now(clock));
		return svg(renderer.svg(snapshot, false, locale, title(snapshot, locale), description(snapshot, locale)));
	}

	private Snapshot draft(long id) {
		if (reorganisations.find(id).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return reorganisations.preview(id).after();
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

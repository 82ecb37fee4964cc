package be.eenloket.organisation.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import be.eenloket.organisation.internal.CostShare;
import be.eenloket.organisation.internal.OrganisationCsv;
import be.eenloket.organisation.internal.Snapshots;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The cost-share report for finance and the CSV exports of units and assignments, as of any date. */
@Controller
class ReportController {

	static final String COST_SHARE = "organisation/cost-share";

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final Snapshots snapshots;

	private final Clock clock;

	ReportController(Snapshots snapshots, Clock clock) {
		this.snapshots = snapshots;
		this.clock = clock;
	}

	@GetMapping("/organogram/rapporten/kostendeling")
	String costShare(@RequestParam(name = "datum", required = false) String datum, Model model) {
		var asOf = AsOfDate.parse(datum, clock);
		model.addAttribute("asOf", asOf);
		model.addAttribute("report", CostShare.of(snapshots.asOf(asOf.date())));
		return COST_SHARE;
	}

	@GetMapping("/organogram/rapporten/kostendeling.csv")
	ResponseEntity<String> costShareCsv(@RequestParam(name = "datum", required = false) String datum) {
		var date = AsOfDate.parse(datum, clock).date();
		return csv(OrganisationCsv.costShare(CostShare.of(snapshots.asOf(date))), "kostendeling-" + date);
	}

	@GetMapping("/organogram/export/eenheden.csv")
	ResponseEntity<String> units(@RequestParam(name = "datum", required = false) String datum) {
		var date = AsOfDate.parse(datum, clock).date();
		return csv(OrganisationCsv.units(snapshots.asOf(date)), "eenheden-" + date);
	}

	@GetMapping("/organogram/export/toewijzingen.csv")
	ResponseEntity<String> assignments(@RequestParam(name = "datum", required = false) String datum) {
		var date = AsOfDate.parse(datum, clock).date();
		return csv(OrganisationCsv.assignments(snapshots.asOf(date)), "toewijzingen-" + date);
	}

	static ResponseEntity<String> csv(String body, String name) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header("Content-Disposition", ContentDisposition.attachment().filename(name + ".csv").build().toString())
			.body(body);
	}

}

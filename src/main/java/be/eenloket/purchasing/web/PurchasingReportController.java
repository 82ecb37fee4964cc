package be.eenloket.purchasing.web;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;

import be.eenloket.purchasing.internal.Categories;
import be.eenloket.purchasing.internal.OpenContracting;
import be.eenloket.purchasing.internal.PurchasingReads;
import org.apache.commons.csv.CSVFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Spend per entity, category, supplier and year (table and CSV), and the contracts as OCDS open data. */
@Controller
class PurchasingReportController {

	static final String SPEND = "purchasing/spend";

	private final PurchasingReads reads;

	private final OpenContracting openContracting;

	PurchasingReportController(PurchasingReads reads, OpenContracting openContracting) {
		this.reads = reads;
		this.openContracting = openContracting;
	}

	@GetMapping("/aankoop/rapporten/uitgaven")
	String spend(@RequestParam(name = "jaar") Optional<Integer> year, Model model) {
		model.addAttribute("rows", reads.spend(year));
		model.addAttribute("year", year.orElse(null));
		return SPEND;
	}

	@GetMapping("/aankoop/rapporten/uitgaven.csv")
	ResponseEntity<String> spendCsv(@RequestParam(name = "jaar") Optional<Integer> year) throws IOException {
		var out = new StringWriter();
		try (var printer = CSVFormat.DEFAULT.builder().setDelimiter(';')
			.setHeader("jaar", "bestuur", "categorie", "omschrijving", "leverancier", "bestellingen", "besteld", "gefactureerd")
			.get().print(out)) {
			for (var row : reads.spend(year)) {
				printer.printRecord(row.year(), row.entity(), row.category(), Categories.DIVISIONS.get(row.category()),
						row.supplier(), row.orders(), row.ordered().toPlainString(), row.invoiced().toPlainString());
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", ContentDisposition.attachment()
				.filename("uitgaven" + year.map(y -> "-" + y).orElse("") + ".csv").build().toString())
			.body(out.toString());
	}

	/** Public: the contracts above the Belgian publication limit in the OCDS 1.1 release package format. */
	@GetMapping(path = "/open-data/aankoop/contracten.json", produces = "application/json")
	@org.springframework.web.bind.annotation.ResponseBody
	Map<String, Object> openContracts() {
		return openContracting.releasePackage(ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).toUriString());
	}

}

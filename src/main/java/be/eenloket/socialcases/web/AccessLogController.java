package be.eenloket.socialcases.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

import be.eenloket.socialcases.internal.AccessLogReport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The DPO's questions to the social service's access log: who read file X, what did user Y read (page and CSV). */
@Controller
class AccessLogController {

	static final String LOG = "socialcases/access-log";

	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final AccessLogReport report;

	private final Clock clock;

	AccessLogController(AccessLogReport report, Clock clock) {
		this.report = report;
		this.clock = clock;
	}

	@GetMapping("/sociale-dienst/toegangslog")
	String log(@RequestParam(name = "dossier", required = false) String fileNumber,
			@RequestParam(name = "gebruiker", required = false) String username,
			@RequestParam(name = "noodtoegang", defaultValue = "false") boolean onlyBreakGlass,
			@RequestParam(name = "pagina", defaultValue = "1") String page, Model model) {
		model.addAttribute("result", report.search(fileNumber, username, onlyBreakGlass, Pages.parse(page) - 1));
		model.addAttribute("zone", clock.getZone());
		return LOG;
	}

	@GetMapping("/sociale-dienst/toegangslog.csv")
	ResponseEntity<byte[]> csv(@RequestParam(name = "dossier", required = false) String fileNumber,
			@RequestParam(name = "gebruiker", required = false) String username,
			@RequestParam(name = "noodtoegang", defaultValue = "false") boolean onlyBreakGlass) {
		var csv = new StringBuilder("tijdstip;gebruiker;dossier;wat;detail;grond;reden noodtoegang\r\n");
		for (var entry : report.export(fileNumber, username, onlyBreakGlass)) {
			csv.append(CSV_TIME.format(entry.readAt().atZone(clock.getZone()))).append(';')
				.append(cell(entry.username())).append(';')
				.append(cell(entry.fileNumber())).append(';')
				.append(entry.what()).append(';')
				.append(cell(entry.detail())).append(';')
				.append(entry.purpose()).append(';')
				.append(cell(entry.reason())).append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header("Content-Disposition", ContentDisposition.attachment().filename("toegangslog.csv").build().toString())
			.body(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
	}

	/** Quoted, quotes doubled, and no formula a spreadsheet would run. */
	private static String cell(String value) {
		if (value == null) {
			return "";
		}
		var text = value.matches("^[=+\\-@].*") ? "'" + value : value;
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}

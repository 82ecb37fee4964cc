package be.eenloket.organisation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import be.eenloket.organisation.internal.StaffImport;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Importing staff assignments from CSV: first a dry run that lists every row's problem, then the import. */
@Controller
class ImportController {

	static final String VIEW = "organisation/import";

	static final long MAX_BYTES = 1024 * 1024;

	private final StaffImport staffImport;

	ImportController(StaffImport staffImport) {
		this.staffImport = staffImport;
	}

	@GetMapping("/organogram/import")
	String form(Model model) {
		model.addAttribute("columns", String.join(";", StaffImport.COLUMNS));
		return VIEW;
	}

	@GetMapping("/organogram/import/voorbeeld.csv")
	ResponseEntity<String> template() {
		return ReportController.csv(StaffImport.template(), "voorbeeld-toewijzingen");
	}

	@PostMapping("/organogram/import")
	String dryRun(@RequestParam(name = "bestand", required = false) MultipartFile file, Model model) throws IOException {
		model.addAttribute("columns", String.join(";", StaffImport.COLUMNS));
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "import.file.missing");
			return VIEW;
		}
		if (file.getSize() > MAX_BYTES) {
			model.addAttribute("fileError", "import.file.tooBig");
			return VIEW;
		}
		var csv = new String(file.getBytes(), StandardCharsets.UTF_8);
		model.addAttribute("result", staffImport.dryRun(csv));
		model.addAttribute("csv", csv);
		return VIEW;
	}

	@PostMapping("/organogram/import/uitvoeren")
	String importAll(@RequestParam(name = "csv", defaultValue = "") String csv, Model model, RedirectAttributes redirect) {
		var result = staffImport.importAll(csv);
		if (!result.ok()) {
			model.addAttribute("columns", String.join(";", StaffImport.COLUMNS));
			model.addAttribute("result", result);
			model.addAttribute("csv", csv);
			return VIEW;
		}
		redirect.addFlashAttribute("imported", result.rows().size());
		return "redirect:/organogram/import";
	}

}

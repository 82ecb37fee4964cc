package be.eenloket.purchasing.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.purchasing.internal.MasterData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Budget codes per legal entity and year, imported from CSV with a dry run first. */
@Controller
@RequestMapping("/aankoop/budgetcodes")
class BudgetCodeController {

	static final String LIST = "purchasing/budget-codes";

	static final String IMPORT = "purchasing/budget-import";

	private final MasterData masterData;

	BudgetCodeController(MasterData masterData) {
		this.masterData = masterData;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("codes", masterData.budgetCodes());
		return LIST;
	}

	@GetMapping("/import")
	String importForm(Model model) {
		model.addAttribute("header", String.join(";", MasterData.CSV_HEADER));
		return IMPORT;
	}

	/** Checks the file (dry run) or imports it; with any error nothing is saved and every line says why. */
	@PostMapping("/import")
	String importFile(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "true") boolean dryRun, Model model, RedirectAttributes redirect) {
		model.addAttribute("header", String.join(";", MasterData.CSV_HEADER));
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "purchasing.import.noFile");
			return IMPORT;
		}
		try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			var result = masterData.importBudgetCodes(reader, dryRun);
			if (result.saved()) {
				redirect.addFlashAttribute("imported", result.lines().size());
				return "redirect:/aankoop/budgetcodes";
			}
			model.addAttribute("result", result);
			model.addAttribute("dryRun", dryRun);
			return IMPORT;
		}
		catch (RuleViolation violation) {
			model.addAttribute("fileError", violation.messageKey());
			return IMPORT;
		}
		catch (IOException unreadable) {
			model.addAttribute("fileError", "purchasing.import.unreadable");
			return IMPORT;
		}
	}

}

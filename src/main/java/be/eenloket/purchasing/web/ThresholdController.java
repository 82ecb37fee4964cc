package be.eenloket.purchasing.web;

import java.util.Arrays;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.purchasing.internal.MasterData;
import be.eenloket.purchasing.internal.ThresholdKind;
import be.eenloket.purchasing.web.MasterDataForms.DatedForm;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The threshold table with its history; a new limit closes the line it replaces. */
@Controller
@RequestMapping("/aankoop/drempels")
class ThresholdController {

	static final String PAGE = "purchasing/thresholds";

	private final MasterData masterData;

	ThresholdController(MasterData masterData) {
		this.masterData = masterData;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("form", new DatedForm());
		return show(model);
	}

	private String show(Model model) {
		model.addAttribute("thresholds", masterData.thresholds());
		model.addAttribute("kinds", ThresholdKind.values());
		return PAGE;
	}

	@PostMapping
	String add(@Valid @ModelAttribute("form") DatedForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				var kind = Arrays.stream(ThresholdKind.values()).filter(k -> k.name().equals(form.getKind())).findFirst()
					.orElse(null);
				masterData.addThreshold(kind, form.getAmount(), form.getValidFrom(), form.getReference());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/aankoop/drempels";
			}
			catch (RuleViolation violation) {
				violation.addTo(result);
			}
		}
		return show(model);
	}

}

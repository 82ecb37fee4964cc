package be.eenloket.purchasing.web;

import java.util.Arrays;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.purchasing.internal.DecisionBody;
import be.eenloket.purchasing.internal.MasterData;
import be.eenloket.purchasing.web.MasterDataForms.DatedForm;
import be.eenloket.shared.LegalEntities;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Who may decide (delegations) and which commitments need no visum (exemptions), per entity and dated. */
@Controller
class DelegationController {

	static final String DELEGATIONS = "purchasing/delegations";

	static final String EXEMPTIONS = "purchasing/exemptions";

	private final MasterData masterData;

	private final LegalEntities legalEntities;

	DelegationController(MasterData masterData, LegalEntities legalEntities) {
		this.masterData = masterData;
		this.legalEntities = legalEntities;
	}

	@GetMapping("/aankoop/delegaties")
	String delegations(Model model) {
		model.addAttribute("form", new DatedForm());
		return showDelegations(model);
	}

	private String showDelegations(Model model) {
		model.addAttribute("delegations", masterData.delegations());
		model.addAttribute("bodies", DecisionBody.values());
		model.addAttribute("entities", legalEntities.active());
		return DELEGATIONS;
	}

	@PostMapping("/aankoop/delegaties")
	String addDelegation(@Valid @ModelAttribute("form") DatedForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				var body = Arrays.stream(DecisionBody.values()).filter(b -> b.name().equals(form.getKind())).findFirst()
					.orElse(null);
				masterData.addDelegation(body, form.getLegalEntity(), form.getAmount(), form.getValidFrom(),
						form.getValidTo(), form.getReference());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/aankoop/delegaties";
			}
			catch (RuleViolation violation) {
				violation.addTo(result);
			}
		}
		return showDelegations(model);
	}

	@GetMapping("/aankoop/visumvrijstellingen")
	String exemptions(Model model) {
		model.addAttribute("form", new DatedForm());
		return showExemptions(model);
	}

	private String showExemptions(Model model) {
		model.addAttribute("exemptions", masterData.exemptions());
		model.addAttribute("entities", legalEntities.active());
		return EXEMPTIONS;
	}

	@PostMapping("/aankoop/visumvrijstellingen")
	String addExemption(@Valid @ModelAttribute("form") DatedForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				masterData.addExemption(form.getLegalEntity(), form.getAmount(), form.getValidFrom(), form.getValidTo(),
						form.getReference());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/aankoop/visumvrijstellingen";
			}
			catch (RuleViolation violation) {
				violation.addTo(result);
			}
		}
		return showExemptions(model);
	}

}

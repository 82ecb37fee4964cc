package be.eenloket.shared.web;

import be.eenloket.shared.internal.LegalEntityForm;
import be.eenloket.shared.internal.LegalEntityManagement;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The legal entities (besturen) master data. */
@Controller
@RequestMapping("/admin/legal-entities")
class LegalEntityController {

	static final String LIST = "shared/legal-entities";

	static final String FORM = "shared/legal-entity-form";

	private final LegalEntityManagement management;

	private final SpringValidatorAdapter validator;

	LegalEntityController(LegalEntityManagement management, jakarta.validation.Validator validator) {
		this.management = management;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("entities", management.all());
		return LIST;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("entity", new LegalEntityForm());
		model.addAttribute("editing", false);
		return FORM;
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("entity") LegalEntityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editing", false);
		try {
			var created = management.create(form, result);
			if (created.isEmpty()) {
				return FORM;
			}
			redirect.addFlashAttribute("saved", created.get().code());
			return "redirect:/admin/legal-entities";
		}
		catch (DataIntegrityViolationException duplicate) {
			result.reject("legalEntity.duplicate");
			return FORM;
		}
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("entity", management.formFor(id));
		model.addAttribute("entityId", id);
		model.addAttribute("editing", true);
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("entity") LegalEntityForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("entityId", id);
		model.addAttribute("editing", true);
		// the code never changes and the edit form has no field for it: validate with the stored one
		form.setCode(management.formFor(id).getCode());
		validator.validate(form, result);
		try {
			var updated = management.update(id, form, result);
			if (updated.isEmpty()) {
				return FORM;
			}
			redirect.addFlashAttribute("saved", updated.get().code());
			return "redirect:/admin/legal-entities";
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("entity", management.formFor(id));
			model.addAttribute("concurrentEdit", true);
			return FORM;
		}
		catch (DataIntegrityViolationException duplicate) {
			result.reject("legalEntity.duplicate");
			return FORM;
		}
	}

}

package be.eenloket.purchasing.web;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.purchasing.internal.MasterData;
import be.eenloket.purchasing.web.MasterDataForms.SupplierForm;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Suppliers: list, new, edit. */
@Controller
@RequestMapping("/aankoop/leveranciers")
class SupplierController {

	static final String LIST = "purchasing/suppliers";

	static final String FORM = "purchasing/supplier-form";

	private final MasterData masterData;

	SupplierController(MasterData masterData) {
		this.masterData = masterData;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("suppliers", masterData.suppliers());
		return LIST;
	}

	@GetMapping("/nieuw")
	String createForm(Model model) {
		model.addAttribute("supplier", new SupplierForm());
		return FORM;
	}

	@PostMapping("/nieuw")
	String create(@Valid @ModelAttribute("supplier") SupplierForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			var supplier = masterData.createSupplier(form.values());
			redirect.addFlashAttribute("saved", supplier.getName());
			return "redirect:/aankoop/leveranciers";
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return FORM;
		}
		catch (DataIntegrityViolationException duplicate) {
			result.rejectValue("enterpriseNumber", "purchasing.supplier.enterpriseNumber.taken");
			return FORM;
		}
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("supplier", SupplierForm.of(masterData.supplier(id)));
		model.addAttribute("supplierId", id);
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("supplier") SupplierForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var current = masterData.supplier(id);
		model.addAttribute("supplierId", id);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			masterData.updateSupplier(id, form.getVersion() == null ? -1 : form.getVersion(), form.values());
			redirect.addFlashAttribute("saved", current.getName());
			return "redirect:/aankoop/leveranciers";
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return FORM;
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("supplier", SupplierForm.of(masterData.supplier(id)));
			model.addAttribute("concurrentEdit", true);
			return FORM;
		}
		catch (DataIntegrityViolationException duplicate) {
			result.rejectValue("enterpriseNumber", "purchasing.supplier.enterpriseNumber.taken");
			return FORM;
		}
	}

}

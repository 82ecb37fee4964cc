package be.eenloket.directory.web.editor;

import be.eenloket.directory.internal.DirectoryData;
import be.eenloket.directory.internal.ServicePoints;
import be.eenloket.directory.internal.Slugs;
import be.eenloket.kernel.RuleViolation;
import jakarta.validation.groups.Default;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A service point's details: new, change, retire. Its hours and special days and its moves have controllers of their own. */
@Controller
@RequestMapping("/beheer/dienstengids/diensten")
class ServicePointController {

	private final ServicePoints servicePoints;

	private final ServicePointPage page;

	private final EditorLookups lookups;

	ServicePointController(ServicePoints servicePoints, ServicePointPage page, EditorLookups lookups) {
		this.servicePoints = servicePoints;
		this.page = page;
		this.lookups = lookups;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("point")
	DirectoryData.ServicePoint point(@PathVariable(name = "id", required = false) Long id) {
		return id == null ? null : lookups.servicePoint(id);
	}

	@GetMapping("/nieuw")
	String newServicePoint(Model model) {
		var form = new ServicePointForm();
		form.setValidFrom(lookups.today());
		return page.show(null, form, model);
	}

	@PostMapping("/nieuw")
	String create(@Validated({ Default.class, ServicePointForm.New.class }) @ModelAttribute("form") ServicePointForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page.show(null, form, model);
		}
		var slug = Slugs.of(form.getName());
		try {
			servicePoints.create(form.values(slug), form.getFloorId(), form.getRoomId(), form.getValidFrom());
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return page.show(null, form, model);
		}
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/diensten/" + slug;
	}

	@GetMapping("/{id}")
	String edit(@ModelAttribute(name = "point", binding = false) DirectoryData.ServicePoint point, Model model) {
		return page.show(point, ServicePointForm.of(point), model);
	}

	@PostMapping("/{id}")
	String update(@ModelAttribute(name = "point", binding = false) DirectoryData.ServicePoint point,
			@Validated @ModelAttribute("form") ServicePointForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page.show(point, form, model);
		}
		try {
			servicePoints.update(point.id(), form.getVersion() == null ? -1 : form.getVersion(), form.values(point.slug()));
		}
		catch (OptimisticLockingFailureException concurrent) {
			return page.showConcurrentEdit(point.id(), model);
		}
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/beheer/dienstengids";
	}

	@PostMapping("/{id}/buiten-gebruik")
	String retire(@ModelAttribute(name = "point", binding = false) DirectoryData.ServicePoint point, Model model, RedirectAttributes redirect) {
		try {
			servicePoints.retire(point.id());
		}
		catch (RuleViolation refused) {
			return page.showRefused(point.id(), refused, model);
		}
		redirect.addFlashAttribute("saved", "editor.retired");
		return "redirect:/beheer/dienstengids";
	}

}

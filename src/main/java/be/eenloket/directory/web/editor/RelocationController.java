package be.eenloket.directory.web.editor;

import be.eenloket.directory.internal.DirectoryData;
import be.eenloket.directory.internal.ServicePoints;
import be.eenloket.kernel.RuleViolation;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A service point's moves: planned from a date on, and cancelled while they still lie ahead. */
@Controller
@RequestMapping("/beheer/dienstengids/diensten/{id}/verhuis")
class RelocationController {

	static final String FORM = "directory/editor/relocation";

	private final ServicePoints servicePoints;

	private final ServicePointPage page;

	private final EditorLookups lookups;

	RelocationController(ServicePoints servicePoints, ServicePointPage page, EditorLookups lookups) {
		this.servicePoints = servicePoints;
		this.page = page;
		this.lookups = lookups;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("point")
	DirectoryData.ServicePoint point(@PathVariable long id) {
		return lookups.servicePoint(id);
	}

	@GetMapping
	String form(Model model) {
		var form = new RelocationForm();
		form.setDate(lookups.today().plusMonths(1).withDayOfMonth(1));
		return show(form, model);
	}

	@PostMapping
	String relocate(@ModelAttribute(name = "point", binding = false) DirectoryData.ServicePoint point,
			@Validated @ModelAttribute("form") RelocationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// the editor sees every problem at once: the rules of a move too, as far as the form tells them
			servicePoints.relocationProblems(form.getFloorId(), form.getRoomId(), form.getDate())
				.forEach(problem -> problem.addTo(result));
			return show(form, model);
		}
		try {
			servicePoints.relocate(point.id(), form.getFloorId(), form.getRoomId(), form.getDate());
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return show(form, model);
		}
		redirect.addFlashAttribute("saved", "editor.relocated");
		return "redirect:/diensten/" + point.slug();
	}

	@PostMapping("/{locationId}/annuleren")
	String cancel(@ModelAttribute(name = "point", binding = false) DirectoryData.ServicePoint point,
			@PathVariable long locationId, @RequestParam long version, Model model, RedirectAttributes redirect) {
		try {
			servicePoints.cancelRelocation(point.id(), locationId, version);
		}
		catch (OptimisticLockingFailureException concurrent) {
			return page.showConcurrentEdit(point.id(), model);
		}
		catch (RuleViolation refused) {
			return page.showRefused(point.id(), refused, model);
		}
		redirect.addFlashAttribute("saved", "editor.relocation.cancelled");
		return "redirect:/beheer/dienstengids/diensten/" + point.id();
	}

	private String show(RelocationForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("floors", lookups.floors());
		model.addAttribute("rooms", lookups.rooms());
		return FORM;
	}

}

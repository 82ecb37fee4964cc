package be.eenloket.directory.web.editor;

import be.eenloket.directory.internal.DirectoryData;
import be.eenloket.directory.internal.ServicePointHours;
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

/** A service point's weekly hours and its special days (closed, or other hours). */
@Controller
@RequestMapping("/beheer/dienstengids/diensten/{id}")
class OpeningHoursController {

	static final String HOURS = "directory/editor/hours";

	static final String EXCEPTION = "directory/editor/exception";

	private final ServicePointHours hours;

	private final ServicePointPage page;

	private final EditorLookups lookups;

	OpeningHoursController(ServicePointHours hours, ServicePointPage page, EditorLookups lookups) {
		this.hours = hours;
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

	@ModelAttribute("dayKeys")
	java.util.List<String> dayKeys() {
		return java.util.List.of("day.1", "day.2", "day.3", "day.4", "day.5", "day.6", "day.7");
	}

	@GetMapping("/uren")
	String hoursForm(@ModelAttribute(name = "point", binding = false) DirectoryData.ServicePoint point, Model model) {
		var form = new HoursForm();
		form.setValidFrom(lookups.today());
		form.setDays(hours.hoursText(point.id(), lookups.today()));
		form.setVersion(point.version());
		model.addAttribute("form", form);
		return HOURS;
	}

	@PostMapping("/uren")
	String replaceHours(@ModelAttribute(name = "point", binding = false) DirectoryData.ServicePoint point,
			@Validated @ModelAttribute("form") HoursForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		while (form.getDays().size() < 7) {
			form.getDays().add("");
		}
		if (result.hasErrors()) {
			return HOURS;
		}
		try {
			hours.replace(point.id(), form.getVersion() == null ? -1 : form.getVersion(), form.getValidFrom(), form.getDays());
		}
		catch (RuleViolation unreadable) {
			unreadable.addTo(result);
			return HOURS;
		}
		catch (OptimisticLockingFailureException concurrent) {
			// a colleague saved the hours (or the service point) since this form was opened: show theirs
			model.addAttribute("concurrentEdit", true);
			return hoursForm(lookups.servicePoint(point.id()), model);
		}
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/diensten/" + point.slug();
	}

	@GetMapping("/uitzonderingen/nieuw")
	String exceptionForm(Model model) {
		var form = new ExceptionForm();
		form.setClosed(true);
		model.addAttribute("form", form);
		return EXCEPTION;
	}

	@PostMapping("/uitzonderingen/nieuw")
	String addException(@ModelAttribute(name = "point", binding = false) DirectoryData.ServicePoint point,
			@Validated @ModelAttribute("form") ExceptionForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return EXCEPTION;
		}
		try {
			hours.addException(point.id(), form.getDay(), form.isClosed(), form.getOpens(), form.getCloses(),
					form.getReason().strip());
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return EXCEPTION;
		}
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/diensten/" + point.slug();
	}

	@PostMapping("/uitzonderingen/{exceptionId}/verwijderen")
	String removeException(@ModelAttribute(name = "point", binding = false) DirectoryData.ServicePoint point,
			@PathVariable long exceptionId, @RequestParam long version, Model model, RedirectAttributes redirect) {
		try {
			hours.removeException(point.id(), exceptionId, version);
		}
		catch (OptimisticLockingFailureException concurrent) {
			return page.showConcurrentEdit(point.id(), model);
		}
		redirect.addFlashAttribute("saved", "editor.exception.removed");
		return "redirect:/beheer/dienstengids/diensten/" + point.id();
	}

}

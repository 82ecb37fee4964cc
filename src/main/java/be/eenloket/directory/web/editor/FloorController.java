package be.eenloket.directory.web.editor;

import be.eenloket.directory.internal.Buildings;
import be.eenloket.directory.internal.DirectoryData;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A floor of a building: renamed or renumbered, removed while nothing uses it, and a new room on it. */
@Controller
@RequestMapping("/beheer/dienstengids/verdiepingen/{id}")
class FloorController {

	static final String FORM = "directory/editor/floor";

	private final Buildings buildings;

	private final EditorLookups lookups;

	FloorController(Buildings buildings, EditorLookups lookups) {
		this.buildings = buildings;
		this.lookups = lookups;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/** The floor and its building, for every page here. */
	@ModelAttribute
	void floorAndBuilding(@PathVariable long id, Model model) {
		var floor = lookups.floor(id);
		model.addAttribute("floor", floor);
		model.addAttribute("building", lookups.building(floor.buildingId()));
	}

	@GetMapping
	String edit(@ModelAttribute(name = "floor", binding = false) DirectoryData.Floor floor, Model model) {
		model.addAttribute("form", FloorForm.of(floor));
		return FORM;
	}

	@PostMapping
	String update(@ModelAttribute(name = "floor", binding = false) DirectoryData.Floor floor,
			@Validated @ModelAttribute("form") FloorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			buildings.updateFloor(floor.id(), form.getVersion() == null ? -1 : form.getVersion(), form.getLevel(),
					form.getDisplayName().strip());
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return FORM;
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			model.addAttribute("form", FloorForm.of(lookups.floor(floor.id())));
			return FORM;
		}
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/beheer/dienstengids/gebouwen/" + floor.buildingId();
	}

	@PostMapping("/verwijderen")
	String remove(@ModelAttribute(name = "floor", binding = false) DirectoryData.Floor floor, Model model,
			RedirectAttributes redirect) {
		try {
			buildings.removeFloor(floor.id());
		}
		catch (RuleViolation refused) {
			model.addAttribute("refusal", refused);
			model.addAttribute("form", FloorForm.of(floor));
			return FORM;
		}
		redirect.addFlashAttribute("saved", "editor.removed");
		return "redirect:/beheer/dienstengids/gebouwen/" + floor.buildingId();
	}

	@GetMapping("/lokalen/nieuw")
	String newRoom(Model model) {
		model.addAttribute("form", new RoomForm());
		return RoomController.FORM;
	}

	@PostMapping("/lokalen/nieuw")
	String addRoom(@ModelAttribute(name = "floor", binding = false) DirectoryData.Floor floor,
			@Validated @ModelAttribute("form") RoomForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return RoomController.FORM;
		}
		try {
			buildings.addRoom(floor.id(), form.getName().strip());
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return RoomController.FORM;
		}
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/beheer/dienstengids/gebouwen/" + floor.buildingId();
	}

}

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

/** A room on a floor: renamed, or removed while no service point is, was or will be in it. */
@Controller
@RequestMapping("/beheer/dienstengids/lokalen/{id}")
class RoomController {

	static final String FORM = "directory/editor/room";

	private final Buildings buildings;

	private final EditorLookups lookups;

	RoomController(Buildings buildings, EditorLookups lookups) {
		this.buildings = buildings;
		this.lookups = lookups;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/** The room, its floor and its building, for every page here. */
	@ModelAttribute
	void roomFloorAndBuilding(@PathVariable long id, Model model) {
		var room = lookups.room(id);
		var floor = lookups.floor(room.floorId());
		model.addAttribute("room", room);
		model.addAttribute("floor", floor);
		model.addAttribute("building", lookups.building(floor.buildingId()));
	}

	@GetMapping
	String edit(@ModelAttribute(name = "room", binding = false) DirectoryData.Room room, Model model) {
		model.addAttribute("form", RoomForm.of(room));
		return FORM;
	}

	@PostMapping
	String update(@ModelAttribute(name = "room", binding = false) DirectoryData.Room room,
			@ModelAttribute(name = "floor", binding = false) DirectoryData.Floor floor,
			@Validated @ModelAttribute("form") RoomForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			buildings.updateRoom(room.id(), form.getVersion() == null ? -1 : form.getVersion(), form.getName().strip());
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return FORM;
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			model.addAttribute("form", RoomForm.of(lookups.room(room.id())));
			return FORM;
		}
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/beheer/dienstengids/gebouwen/" + floor.buildingId();
	}

	@PostMapping("/verwijderen")
	String remove(@ModelAttribute(name = "room", binding = false) DirectoryData.Room room,
			@ModelAttribute(name = "floor", binding = false) DirectoryData.Floor floor, Model model,
			RedirectAttributes redirect) {
		try {
			buildings.removeRoom(room.id());
		}
		catch (RuleViolation refused) {
			model.addAttribute("refusal", refused);
			model.addAttribute("form", RoomForm.of(room));
			return FORM;
		}
		redirect.addFlashAttribute("saved", "editor.removed");
		return "redirect:/beheer/dienstengids/gebouwen/" + floor.buildingId();
	}

}

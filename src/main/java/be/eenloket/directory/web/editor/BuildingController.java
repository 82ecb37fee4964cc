package be.eenloket.directory.web.editor;

import java.util.List;

import be.eenloket.directory.internal.Buildings;
import be.eenloket.directory.internal.DirectoryData;
import be.eenloket.directory.internal.Slugs;
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

/** Buildings: new, change, retire, and a new floor (floors and rooms belong to their building). */
@Controller
@RequestMapping("/beheer/dienstengids/gebouwen")
class BuildingController {

	static final String FORM = "directory/editor/building";

	private final Buildings buildings;

	private final EditorLookups lookups;

	BuildingController(Buildings buildings, EditorLookups lookups) {
		this.buildings = buildings;
		this.lookups = lookups;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("building")
	DirectoryData.Building building(@PathVariable(name = "id", required = false) Long id) {
		return id == null ? null : lookups.building(id);
	}

	@GetMapping("/nieuw")
	String newBuilding(Model model) {
		var form = new BuildingForm();
		form.setCity("Maldegem");
		form.setPostalCode("9990");
		return show(null, form, model);
	}

	@PostMapping("/nieuw")
	String create(@Validated @ModelAttribute("form") BuildingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(null, form, model);
		}
		try {
			buildings.create(form.values(Slugs.of(form.getName())));
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return show(null, form, model);
		}
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/beheer/dienstengids";
	}

	@GetMapping("/{id}")
	String edit(@ModelAttribute(name = "building", binding = false) DirectoryData.Building building, Model model) {
		return show(building, BuildingForm.of(building), model);
	}

	@PostMapping("/{id}")
	String update(@ModelAttribute(name = "building", binding = false) DirectoryData.Building building,
			@Validated @ModelAttribute("form") BuildingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(building, form, model);
		}
		try {
			buildings.update(building.id(), form.getVersion() == null ? -1 : form.getVersion(), form.values(building.slug()));
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			var current = lookups.building(building.id());
			return show(current, BuildingForm.of(current), model);
		}
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/beheer/dienstengids";
	}

	@PostMapping("/{id}/buiten-gebruik")
	String retire(@ModelAttribute(name = "building", binding = false) DirectoryData.Building building, Model model,
			RedirectAttributes redirect) {
		try {
			buildings.retire(building.id());
		}
		catch (RuleViolation refused) {
			model.addAttribute("refusal", refused);
			return show(building, BuildingForm.of(building), model);
		}
		redirect.addFlashAttribute("saved", "editor.retired");
		return "redirect:/beheer/dienstengids";
	}

	@GetMapping("/{id}/verdiepingen/nieuw")
	String newFloor(Model model) {
		model.addAttribute("form", new FloorForm());
		return FloorController.FORM;
	}

	@PostMapping("/{id}/verdiepingen/nieuw")
	String addFloor(@ModelAttribute(name = "building", binding = false) DirectoryData.Building building,
			@Validated @ModelAttribute("form") FloorForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FloorController.FORM;
		}
		try {
			buildings.addFloor(building.id(), form.getLevel(), form.getDisplayName().strip());
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return FloorController.FORM;
		}
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/beheer/dienstengids/gebouwen/" + building.id();
	}

	private String show(DirectoryData.Building building, BuildingForm form, Model model) {
		var data = lookups.data();
		model.addAttribute("form", form);
		model.addAttribute("building", building);
		model.addAttribute("floors", building == null ? List.of() : data.floorsOf(building.id()));
		model.addAttribute("roomsOnFloors", building == null ? List.of() : data.floorsOf(building.id()).stream()
			.flatMap(floor -> data.roomsOf(floor.id()).stream())
			.toList());
		return FORM;
	}

}

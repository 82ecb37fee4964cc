package be.eenloket.directory.web.editor;

import java.util.Comparator;

import be.eenloket.directory.internal.DirectoryData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The editors' overview of the directory (DIRECTORY_EDITOR, SECRETARIAT, ADMIN): buildings, service points and
 * tasks, and the desks whose unit closed. Each kind of record has its own controller for its forms; every change is
 * audited and shows on the public pages at once.
 */
@Controller
@RequestMapping("/beheer/dienstengids")
class DirectoryEditorController {

	static final String INDEX = "directory/editor/index";

	private final EditorLookups lookups;

	DirectoryEditorController(EditorLookups lookups) {
		this.lookups = lookups;
	}

	@GetMapping
	String index(Model model) {
		var data = lookups.data();
		model.addAttribute("buildings", data.buildings().values().stream()
			.sorted(Comparator.comparing(DirectoryData.Building::name)).toList());
		model.addAttribute("servicePoints", data.servicePoints().values().stream().filter(DirectoryData.ServicePoint::active)
			.sorted(Comparator.comparing(DirectoryData.ServicePoint::name)).limit(500).toList());
		model.addAttribute("tasks", data.tasks().values().stream().filter(DirectoryData.Task::active)
			.sorted(Comparator.comparing(DirectoryData.Task::name)).limit(500).toList());
		model.addAttribute("unitClosed", data.servicePoints().values().stream().filter(DirectoryData.ServicePoint::active)
			.filter(point -> point.unitClosedOn() != null).sorted(Comparator.comparing(DirectoryData.ServicePoint::name)).toList());
		return INDEX;
	}

}

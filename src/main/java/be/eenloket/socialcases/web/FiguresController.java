package be.eenloket.socialcases.web;

import be.eenloket.socialcases.internal.ManagementFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The social service's monthly figures without names, for its head and the algemeen directeur. */
@Controller
class FiguresController {

	static final String FIGURES = "socialcases/figures";

	private final ManagementFigures figures;

	FiguresController(ManagementFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/sociale-dienst/cijfers")
	String figures(Model model) {
		model.addAttribute("figures", figures.lastYear());
		return FIGURES;
	}

}

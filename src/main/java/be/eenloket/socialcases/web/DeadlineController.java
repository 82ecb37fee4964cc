package be.eenloket.socialcases.web;

import be.eenloket.socialcases.internal.CaseFileOverviews;
import be.eenloket.socialcases.internal.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The deadline dashboard: overdue and nearly due requests, per worker for the head. */
@Controller
class DeadlineController {

	static final String DASHBOARD = "socialcases/deadlines";

	private final CaseFileOverviews overviews;

	DeadlineController(CaseFileOverviews overviews) {
		this.overviews = overviews;
	}

	@GetMapping("/sociale-dienst/termijnen")
	String dashboard(Authentication user, Model model) {
		var viewer = Viewer.of(user);
		model.addAttribute("dashboard", overviews.dashboard(viewer));
		model.addAttribute("isHead", viewer.isHead());
		return DASHBOARD;
	}

}

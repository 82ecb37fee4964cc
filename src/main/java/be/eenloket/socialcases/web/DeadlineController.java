package be.eenloket.socialcases.web;

import be.eenloket.socialcases.internal.CaseFileOverviews;
import be.eenloket.socialcases.internal.FollowUps;
import be.eenloket.socialcases.internal.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The deadline dashboard: overdue and nearly due requests and follow-up reminders, per worker for the head. */
@Controller
class DeadlineController {

	static final String DASHBOARD = "socialcases/deadlines";

	private final CaseFileOverviews overviews;

	private final FollowUps followUps;

	DeadlineController(CaseFileOverviews overviews, FollowUps followUps) {
		this.overviews = overviews;
		this.followUps = followUps;
	}

	@GetMapping("/sociale-dienst/termijnen")
	String dashboard(Authentication user, Model model) {
		var viewer = Viewer.of(user);
		model.addAttribute("dashboard", overviews.dashboard(viewer));
		model.addAttribute("isHead", viewer.isHead());
		model.addAttribute("followUps", followUps.dashboard(viewer));
		return DASHBOARD;
	}

}

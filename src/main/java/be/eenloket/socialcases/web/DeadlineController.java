package be.eenloket.socialcases.web;

import be.eenloket.socialcases.internal.CaseFileOverviews;
import be.eenloket.socialcases.internal.FollowUps;
import be.eenloket.socialcases.internal.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

	/**
	 * The counts per worker in full; the requests ({@code pagina}) and the reminders ({@code herinneringen}) page by
	 * page, each keeping the other's page in its links.
	 */
	@GetMapping("/sociale-dienst/termijnen")
	String dashboard(@RequestParam(name = "pagina", defaultValue = "1") String page,
			@RequestParam(name = "herinneringen", defaultValue = "1") String reminderPage, Authentication user,
			Model model) {
		var viewer = Viewer.of(user);
		model.addAttribute("dashboard", overviews.dashboard(viewer, Pages.parse(page) - 1));
		model.addAttribute("isHead", viewer.isHead());
		model.addAttribute("followUps", followUps.dashboard(viewer, Pages.parse(reminderPage) - 1));
		return DASHBOARD;
	}

}

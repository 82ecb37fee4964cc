package be.eenloket.socialcases.web;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.socialcases.internal.BcsdMeetings;
import be.eenloket.socialcases.internal.Viewer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The BCSD chair's urgent decisions: a ready proposal decided alone, to be ratified at the next meeting. */
@Controller
class ChairDecisionController {

	static final String PAGE = "socialcases/chair-decisions";

	private final BcsdMeetings meetings;

	ChairDecisionController(BcsdMeetings meetings) {
		this.meetings = meetings;
	}

	@GetMapping("/bcsd/spoedbeslissingen")
	String page(Model model) {
		model.addAttribute("proposals", meetings.proposalsForChair());
		return PAGE;
	}

	@PostMapping("/bcsd/spoedbeslissingen")
	String decide(@RequestParam(name = "requestId", required = false) String requestId, Authentication user, Model model,
			RedirectAttributes redirect) {
		try {
			meetings.chairDecides(Pages.id(requestId), Viewer.of(user));
		}
		catch (RuleViolation violation) {
			model.addAttribute("error", violation.messageKey());
			return page(model);
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("error", "bcsd.chair.concurrent");
			return page(model);
		}
		redirect.addFlashAttribute("saved", "bcsd.chair.decided");
		return "redirect:/bcsd/spoedbeslissingen";
	}

}

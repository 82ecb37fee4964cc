package be.eenloket.socialcases.web;

import java.security.Principal;
import java.time.Clock;
import java.util.Arrays;

import be.eenloket.socialcases.internal.IntakeStatus;
import be.eenloket.socialcases.internal.Intakes;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The social service's intake inbox: the list, one intake, and taking an intake in charge. */
@Controller
class IntakeController {

	static final String LIST = "socialcases/intake-list";

	static final String DETAIL = "socialcases/intake";

	private final Intakes intakes;

	private final Clock clock;

	IntakeController(Intakes intakes, Clock clock) {
		this.intakes = intakes;
		this.clock = clock;
	}

	@GetMapping("/sociale-dienst/intake")
	String list(@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "pagina", defaultValue = "1") String page, Model model) {
		var filter = parseStatus(status);
		model.addAttribute("result", intakes.list(filter, parsePage(page) - 1));
		model.addAttribute("statuses", IntakeStatus.values());
		model.addAttribute("soonDays", Intakes.SOON_DAYS);
		return LIST;
	}

	@GetMapping("/sociale-dienst/intake/{id}")
	String show(@PathVariable String id, Model model) {
		model.addAttribute("intake", intakes.view(parseId(id)));
		model.addAttribute("zone", clock.getZone());
		return DETAIL;
	}

	@PostMapping("/sociale-dienst/intake/{id}/opnemen")
	String takeInCharge(@PathVariable String id, @RequestParam(name = "version", required = false) String version,
			Principal principal, RedirectAttributes redirect) {
		var intakeId = parseId(id);
		try {
			// a missing or garbled version can only be a stale page: treat it like one
			intakes.takeInCharge(intakeId, version == null || !version.matches("\\d{1,18}") ? -1 : Long.parseLong(version),
					principal.getName());
			redirect.addFlashAttribute("saved", "intake.taken");
		}
		catch (OptimisticLockingFailureException someoneWasFirst) {
			redirect.addFlashAttribute("conflict", true);
		}
		return "redirect:/sociale-dienst/intake/" + intakeId;
	}

	/** An id that cannot exist is simply not found, like an unknown one (never a 400 or a stack trace). */
	private static long parseId(String id) {
		if (id == null || !id.matches("\\d{1,18}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return Long.parseLong(id);
	}

	private static IntakeStatus parseStatus(String status) {
		return Arrays.stream(IntakeStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
	}

	private static int parsePage(String page) {
		return page != null && page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
	}

}

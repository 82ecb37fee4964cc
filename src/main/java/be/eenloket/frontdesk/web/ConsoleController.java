package be.eenloket.frontdesk.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import be.eenloket.frontdesk.internal.ConsoleSearch;
import be.eenloket.frontdesk.internal.VisitorLog;
import be.eenloket.kernel.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The onthaal console: one search field with focus on load, results with the internal details, and on every
 * service a row of buttons (desk, phone, e-mail) that logs where the visitor was sent in one click.
 */
@Controller
class ConsoleController {

	static final String CONSOLE = "frontdesk/console";

	private final ConsoleSearch search;

	private final VisitorLog visitorLog;

	ConsoleController(ConsoleSearch search, VisitorLog visitorLog) {
		this.search = search;
		this.visitorLog = visitorLog;
	}

	@GetMapping("/onthaal")
	String console(@RequestParam(name = "q", required = false) String query, Model model) {
		var results = search.search(query);
		model.addAttribute("results", results);
		model.addAttribute("q", results.query());
		model.addAttribute("contactsToday", visitorLog.countToday());
		// one token per contact form, so each button can be pressed once per search
		Map<String, UUID> tokens = new HashMap<>();
		results.directory().forEach(match -> match.points().forEach(point -> tokens.put(
				(match.task() == null ? "" : match.task().id()) + "-" + point.point().id(), UUID.randomUUID())));
		model.addAttribute("tokens", tokens);
		return CONSOLE;
	}

	/** Logs a contact from a search result and returns to the same search. */
	@PostMapping("/onthaal/contacten")
	String quickContact(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "channel") VisitorLog.Channel channel,
			@RequestParam(name = "taskId", required = false) Long taskId,
			@RequestParam(name = "servicePointId") Long servicePointId, @RequestParam(name = "formToken") UUID formToken,
			RedirectAttributes redirect) {
		try {
			visitorLog.record(new VisitorLog.Contact(channel, taskId, servicePointId, null), formToken);
			redirect.addFlashAttribute("saved", "contact.saved");
		}
		catch (RuleViolation problem) {
			redirect.addFlashAttribute("problem", problem.messageKey());
		}
		// a search longer than anyone types would make the redirect's Location header too long for the server
		var shown = query.length() > 200 ? query.substring(0, 200) : query;
		return "redirect:" + UriComponentsBuilder.fromPath("/onthaal").queryParam("q", shown).encode().build().toUriString();
	}

}

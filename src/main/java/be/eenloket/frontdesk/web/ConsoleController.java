package be.eenloket.frontdesk.web;

import java.util.Locale;
import java.util.UUID;

import be.eenloket.frontdesk.internal.ConsoleSearch;
import be.eenloket.frontdesk.internal.VisitorLog;
import be.eenloket.kernel.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

	private final ConsolePages pages;

	ConsoleController(ConsoleSearch search, VisitorLog visitorLog, ConsolePages pages) {
		this.search = search;
		this.visitorLog = visitorLog;
		this.pages = pages;
	}

	@GetMapping("/onthaal")
	String console(@RequestParam(name = "q", required = false) String query, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) throws Exception {
		var results = search.search(query);
		model.addAttribute("results", results);
		model.addAttribute("q", results.query());
		model.addAttribute("contactsToday", visitorLog.countToday());
		// the results' items from parts kept per content; each contact form gets a token of its own, so each button
		// can be pressed once per search
		model.addAttribute("parts", pages.render(results, locale, request, response));
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

package be.eenloket.identity.web;

import java.time.Clock;

import be.eenloket.identity.internal.AuditEntries;
import be.eenloket.identity.internal.AuditEntries.AuditPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The audit trail, newest first, filterable by person, module, record and period. */
@Controller
class AuditController {

	static final String VIEW = "identity/audit";

	static final int PAGE_SIZE = 50;

	private final AuditEntries entries;

	private final Clock clock;

	AuditController(AuditEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@GetMapping("/admin/audit")
	String audit(@ModelAttribute("filter") AuditFilterForm filter, BindingResult result, Model model) {
		if (!result.hasFieldErrors("from") && !result.hasFieldErrors("to") && filter.getFrom() != null
				&& filter.getTo() != null && filter.getTo().isBefore(filter.getFrom())) {
			result.rejectValue("to", "audit.to.beforeFrom");
		}
		model.addAttribute("result", result.hasErrors() ? new AuditPage(java.util.List.of(), 0, PAGE_SIZE, false)
				: entries.find(filter.toFilter(), clock.getZone(), filter.getPage(), PAGE_SIZE));
		model.addAttribute("modules", entries.modules());
		model.addAttribute("recordTypes", entries.recordTypes());
		model.addAttribute("zone", clock.getZone());
		return VIEW;
	}

}

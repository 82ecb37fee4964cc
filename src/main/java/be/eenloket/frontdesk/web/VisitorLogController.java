package be.eenloket.frontdesk.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import be.eenloket.directory.DirectoryCatalog;
import be.eenloket.frontdesk.internal.VisitorLog;
import be.eenloket.kernel.RuleViolation;
import be.eenloket.shared.PlausibleDates;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Logging a contact with the full form, and the counts per service, day and hour. */
@Controller
class VisitorLogController {

	static final String FORM = "frontdesk/contact-form";

	static final String COUNTS = "frontdesk/contacts";

	private static final java.time.format.DateTimeFormatter DAY_LABEL = java.time.format.DateTimeFormatter.ofPattern("EEE d/M");

	private final VisitorLog visitorLog;

	private final DirectoryCatalog directory;

	private final Clock clock;

	VisitorLogController(VisitorLog visitorLog, DirectoryCatalog directory, Clock clock) {
		this.visitorLog = visitorLog;
		this.directory = directory;
		this.clock = clock;
	}

	@InitBinder("contactForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("channel", "taskId", "servicePointId", "question", "formToken");
	}

	@GetMapping("/onthaal/contacten/nieuw")
	String form(Model model) {
		var form = new ContactForm();
		form.setFormToken(UUID.randomUUID());
		return show(form, model);
	}

	@PostMapping("/onthaal/contacten/nieuw")
	String record(@Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getFormToken() == null) {
			form.setFormToken(UUID.randomUUID());
		}
		if (result.hasErrors()) {
			return show(form, model);
		}
		try {
			visitorLog.record(new VisitorLog.Contact(form.getChannel(), form.getTaskId(), form.getServicePointId(),
					form.getQuestion()), form.getFormToken());
		}
		catch (RuleViolation problem) {
			problem.addTo(result);
			return show(form, model);
		}
		redirect.addFlashAttribute("saved", "contact.saved");
		return "redirect:/onthaal/contacten/nieuw";
	}

	private String show(ContactForm form, Model model) {
		model.addAttribute("contactForm", form);
		model.addAttribute("tasks", directory.tasks());
		model.addAttribute("servicePoints", directory.servicePoints().stream()
			.sorted(java.util.Comparator.comparing(DirectoryCatalog.ServicePointInfo::name, String.CASE_INSENSITIVE_ORDER))
			.toList());
		model.addAttribute("channels", VisitorLog.Channel.values());
		return FORM;
	}

	/**
	 * Counts for a day or a week (Monday to Sunday) containing {@code datum}; today's week by default. A date that
	 * cannot be read falls back to today rather than failing.
	 */
	@GetMapping("/onthaal/contacten")
	String counts(@RequestParam(name = "periode", defaultValue = "week") String period,
			@RequestParam(name = "datum", required = false) String date, java.util.Locale locale, Model model) {
		var today = LocalDate.now(clock);
		var day = today;
		if (date != null) {
			var readable = PlausibleDates.parse(date);
			if (readable.isPresent()) {
				day = readable.get();
			}
			else {
				model.addAttribute("dateIgnored", true);
			}
		}
		var week = !"dag".equals(period);
		var from = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
		var to = week ? from.plusDays(6) : day;
		var counts = visitorLog.counts(from, to);
		model.addAttribute("counts", counts);
		var hours = new java.util.LinkedHashMap<String, Long>();
		counts.perHour().forEach((hour, contacts) -> hours.put("%02d".formatted(hour), contacts));
		model.addAttribute("hourChart", BarChart.of(hours));
		var days = new java.util.LinkedHashMap<String, Long>();
		counts.perDay().forEach((countedDay, contacts) -> days.put(DAY_LABEL.withLocale(locale).format(countedDay), contacts));
		model.addAttribute("dayChart", BarChart.of(days));
		model.addAttribute("week", week);
		model.addAttribute("previous", week ? from.minusWeeks(1) : from.minusDays(1));
		model.addAttribute("next", week ? from.plusWeeks(1) : from.plusDays(1));
		model.addAttribute("day", day);
		return COUNTS;
	}

}

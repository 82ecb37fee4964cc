package be.eenloket.frontdesk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import be.eenloket.frontdesk.internal.MailReaders;
import be.eenloket.frontdesk.internal.MailRegister;
import be.eenloket.kernel.RuleViolation;
import be.eenloket.organisation.OrganisationChart;
import be.eenloket.organisation.OrganisationUnitId;
import be.eenloket.organisation.UnitSummary;
import be.eenloket.shared.LegalEntities;
import jakarta.validation.Valid;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The incoming mail register: reception enters each letter and routes it to a unit; the unit sees its mail and
 * marks it as taken over.
 */
@Controller
class MailController {

	static final String REGISTER = "frontdesk/mail-register";

	static final String FORM = "frontdesk/mail-form";

	static final String UNIT = "frontdesk/unit-mail";

	private final MailRegister mail;

	private final LegalEntities legalEntities;

	private final OrganisationChart organisation;

	private final Clock clock;

	private final MailReaders readers;

	MailController(MailRegister mail, LegalEntities legalEntities, OrganisationChart organisation, Clock clock,
			MailReaders readers) {
		this.readers = readers;
		this.mail = mail;
		this.legalEntities = legalEntities;
		this.organisation = organisation;
		this.clock = clock;
	}

	@InitBinder("mailForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("legalEntity", "receivedOn", "sender", "subject", "channel", "scanReference", "unitId",
				"formToken");
	}

	@GetMapping("/onthaal/post")
	String register(@RequestParam(name = "bestuur", required = false) String legalEntity, Model model) {
		var entity = legalEntity == null || legalEntity.isBlank() ? null : legalEntity;
		model.addAttribute("entries", mail.latest(entity, 100));
		model.addAttribute("legalEntities", legalEntities.active());
		model.addAttribute("selectedEntity", entity);
		model.addAttribute("unitNames", unitNames());
		return REGISTER;
	}

	@GetMapping("/onthaal/post/nieuw")
	String form(Model model) {
		var form = new MailForm();
		form.setReceivedOn(LocalDate.now(clock));
		form.setChannel(MailRegister.Channel.POST);
		form.setFormToken(UUID.randomUUID());
		return show(form, model);
	}

	@PostMapping("/onthaal/post/nieuw")
	String registerLetter(@Valid @ModelAttribute("mailForm") MailForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getFormToken() == null) {
			form.setFormToken(UUID.randomUUID());
		}
		if (result.hasErrors()) {
			return show(form, model);
		}
		long id;
		try {
			id = mail.register(new MailRegister.Letter(form.getLegalEntity(), form.getReceivedOn(), form.getSender(),
					form.getSubject(), form.getChannel(), form.getScanReference(), form.getUnitId()),
					form.getFormToken());
		}
		catch (RuleViolation problem) {
			problem.addTo(result);
			return show(form, model);
		}
		catch (DuplicateKeyException sameFormAtTheSameTime) {
			id = mail.idForForm(form.getFormToken()).orElseThrow(() -> sameFormAtTheSameTime);
		}
		var number = mail.find(id).map(MailRegister.Entry::registerNumber).orElse("");
		redirect.addFlashAttribute("savedNumber", number);
		return "redirect:/onthaal/post/nieuw";
	}

	/**
	 * A unit's mail list. Without a unit: the only unit someone works in, or the choice among the units whose mail
	 * they may see. Another unit's mail is refused (403), as is taking it over.
	 */
	@GetMapping("/post")
	String unitMail(@RequestParam(name = "eenheid", required = false) String unit,
			@RequestParam(name = "alles", defaultValue = "false") boolean all, Authentication user, Model model) {
		var scope = readers.scopeOf(user);
		model.addAttribute("units", scope.units());
		model.addAttribute("everyUnit", scope.everyUnit());
		Long unitId = null;
		if (unit != null && unit.matches("\\d{1,18}")) {
			unitId = Long.parseLong(unit);
		}
		var chosen = unitId == null ? scope.onlyUnit()
				: organisation.unit(new OrganisationUnitId(unitId), LocalDate.now(clock)).orElse(null);
		if (chosen != null && !scope.allows(chosen.id().value())) {
			throw new org.springframework.web.server.ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("unit", chosen);
		model.addAttribute("unknownUnit", unit != null && !unit.isBlank() && chosen == null);
		model.addAttribute("all", all);
		if (chosen != null) {
			model.addAttribute("entries", mail.ofUnit(chosen.id().value(), all, 200));
		}
		return UNIT;
	}

	@PostMapping("/post/{id}/overnemen")
	String takeOver(@PathVariable long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			Authentication user, RedirectAttributes redirect) {
		var entry = mail.find(id).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
				org.springframework.http.HttpStatus.NOT_FOUND));
		if (!readers.scopeOf(user).allows(entry.unitId())) {
			throw new org.springframework.web.server.ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		try {
			mail.takeOver(id, version);
			redirect.addFlashAttribute("saved", "mail.takenOver");
		}
		catch (OptimisticLockingFailureException | RuleViolation someoneWasFirst) {
			// a stale page or a letter already taken over: either way a colleague was first
			redirect.addFlashAttribute("concurrentEdit", true);
		}
		redirect.addFlashAttribute("number", entry.registerNumber());
		return "redirect:/post?eenheid=" + entry.unitId();
	}

	private String show(MailForm form, Model model) {
		model.addAttribute("mailForm", form);
		model.addAttribute("legalEntities", legalEntities.active());
		model.addAttribute("units", units());
		model.addAttribute("channels", MailRegister.Channel.values());
		return FORM;
	}

	private java.util.List<UnitSummary> units() {
		return organisation.units(LocalDate.now(clock)).stream()
			.sorted(Comparator.comparing(UnitSummary::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private Map<Long, String> unitNames() {
		return units().stream().collect(Collectors.toMap(unit -> unit.id().value(), UnitSummary::name, (a, b) -> a));
	}

}

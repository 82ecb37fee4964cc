package be.eenloket.organisation.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.organisation.UnitType;
import be.eenloket.organisation.internal.ChangeKind;
import be.eenloket.organisation.internal.ReorganisationViews;
import be.eenloket.organisation.internal.Reorganisations;
import be.eenloket.organisation.internal.Snapshots;
import be.eenloket.organisation.web.ReorganisationForms.ApprovalForm;
import be.eenloket.organisation.web.ReorganisationForms.ChangeForm;
import be.eenloket.organisation.web.ReorganisationForms.DraftForm;
import be.eenloket.shared.LegalEntities;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reorganisation drafts: prepare, preview side by side with today, approve (algemeen directeur) or cancel. */
@Controller
class ReorganisationController {

	static final String LIST = "organisation/reorganisations";

	static final String DRAFT_FORM = "organisation/reorganisation-form";

	static final String DETAIL = "organisation/reorganisation";

	static final String CHANGE_FORM = "organisation/reorganisation-change";

	private final Reorganisations reorganisations;

	private final ReorganisationViews views;

	private final Snapshots snapshots;

	private final LegalEntities legalEntities;

	private final MessageSource messages;

	private final Clock clock;

	ReorganisationController(Reorganisations reorganisations, ReorganisationViews views, Snapshots snapshots,
			LegalEntities legalEntities, MessageSource messages, Clock clock) {
		this.reorganisations = reorganisations;
		this.views = views;
		this.messages = messages;
		this.snapshots = snapshots;
		this.legalEntities = legalEntities;
		this.clock = clock;
	}

	@GetMapping("/organogram/herstructureringen")
	String list(Model model) {
		model.addAttribute("reorganisations", reorganisations.all());
		model.addAttribute("today", LocalDate.now(clock));
		return LIST;
	}

	@GetMapping("/organogram/herstructureringen/nieuw")
	String createForm(Model model) {
		var form = new DraftForm();
		form.setEffectiveDate(LocalDate.of(LocalDate.now(clock).getYear() + 1, 1, 1));
		model.addAttribute("draftForm", form);
		return DRAFT_FORM;
	}

	@PostMapping("/organogram/herstructureringen/nieuw")
	String create(@Valid @ModelAttribute("draftForm") DraftForm form, BindingResult result, Principal principal,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return DRAFT_FORM;
		}
		try {
			var id = reorganisations.createDraft(form.getName(), form.getEffectiveDate(), principal.getName());
			redirect.addFlashAttribute("saved", "reorganisation.created");
			return "redirect:/organogram/herstructureringen/" + id;
		}
		catch (RuleViolation problem) {
			problem.addTo(result);
			return DRAFT_FORM;
		}
	}

	@GetMapping("/organogram/herstructureringen/{id}")
	String detail(@PathVariable long id, Model model) {
		return showDetail(id, new ApprovalForm(), model);
	}

	@GetMapping("/organogram/herstructureringen/{id}/wijzigingen/nieuw")
	String changeForm(@PathVariable long id, @RequestParam("soort") ChangeKind kind, Model model) {
		return showChange(id, kind, new ChangeForm(), model);
	}

	@PostMapping("/organogram/herstructureringen/{id}/wijzigingen/nieuw")
	String addChange(@PathVariable long id, @RequestParam("soort") ChangeKind kind,
			@Valid @ModelAttribute("changeForm") ChangeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showChange(id, kind, form, model);
		}
		try {
			reorganisations.addChange(id, form.toChange(kind));
			redirect.addFlashAttribute("saved", "reorganisation.changeAdded");
			return "redirect:/organogram/herstructureringen/" + id;
		}
		catch (RuleViolation problem) {
			problem.addTo(result);
			return showChange(id, kind, form, model);
		}
	}

	@PostMapping("/organogram/herstructureringen/{id}/wijzigingen/{changeId}/verwijderen")
	String removeChange(@PathVariable long id, @PathVariable long changeId, Model model, RedirectAttributes redirect) {
		try {
			reorganisations.removeChange(id, changeId);
		}
		catch (RuleViolation problem) {
			model.addAttribute("refused", problem);
			return showDetail(id, new ApprovalForm(), model);
		}
		redirect.addFlashAttribute("saved", "reorganisation.changeRemoved");
		return "redirect:/organogram/herstructureringen/" + id;
	}

	@PostMapping("/organogram/herstructureringen/{id}/goedkeuren")
	String approve(@PathVariable long id, @Valid @ModelAttribute("approvalForm") ApprovalForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showDetail(id, form, model);
		}
		try {
			reorganisations.approve(id, form.getVersion(), form.getCouncilDecisionDate(), form.getCouncilDecisionNumber(),
					principal.getName());
			redirect.addFlashAttribute("saved", "reorganisation.approved");
			return "redirect:/organogram/herstructureringen/" + id;
		}
		catch (RuleViolation problem) {
			problem.addTo(result);
			return showDetail(id, form, model);
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			return showDetail(id, new ApprovalForm(), model);
		}
	}

	@PostMapping("/organogram/herstructureringen/{id}/annuleren")
	String cancel(@PathVariable long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			Model model, RedirectAttributes redirect) {
		try {
			reorganisations.cancel(id, version);
			redirect.addFlashAttribute("saved", "reorganisation.cancelled");
			return "redirect:/organogram/herstructureringen";
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			return showDetail(id, new ApprovalForm(), model);
		}
	}

	private String showDetail(long id, ApprovalForm form, Model model) {
		var reorganisation = reorganisations.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		form.setVersion(reorganisation.version());
		model.addAttribute("reorganisation", reorganisation);
		model.addAttribute("preview", reorganisations.preview(id));
		model.addAttribute("approvalForm", form);
		model.addAttribute("kinds", ChangeKind.values());
		var locale = LocaleContextHolder.getLocale();
		var descriptions = new java.util.HashMap<Long, String>();
		views.descriptions(reorganisation).forEach((change, text) -> descriptions.put(change, messages.getMessage(text, locale)));
		model.addAttribute("descriptions", descriptions);
		model.addAttribute("inEffect", reorganisation.inEffectOn(LocalDate.now(clock)));
		return DETAIL;
	}

	private String showChange(long id, ChangeKind kind, ChangeForm form, Model model) {
		var reorganisation = reorganisations.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var snapshot = snapshots.asOf(reorganisation.effectiveDate());
		model.addAttribute("reorganisation", reorganisation);
		model.addAttribute("kind", kind);
		model.addAttribute("changeForm", form);
		model.addAttribute("units", snapshot.treeOrder());
		model.addAttribute("createdUnits", views.createdUnits(reorganisation));
		model.addAttribute("types", UnitType.values());
		model.addAttribute("entities", legalEntities.active());
		if (kind == ChangeKind.MOVE_STAFF) {
			model.addAttribute("assignments", views.movableAssignments(snapshot));
			model.addAttribute("positions", views.targetPositions(snapshot));
			model.addAttribute("newHeads", views.newHeadPositions(reorganisation));
		}
		return CHANGE_FORM;
	}

}

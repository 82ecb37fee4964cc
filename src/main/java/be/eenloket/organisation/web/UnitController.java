package be.eenloket.organisation.web;

import java.time.Clock;
import java.time.LocalDate;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.organisation.PositionKind;
import be.eenloket.organisation.UnitType;
import be.eenloket.organisation.internal.Snapshot;
import be.eenloket.organisation.internal.Snapshots;
import be.eenloket.organisation.internal.StaffManagement;
import be.eenloket.organisation.internal.UnitManagement;
import be.eenloket.shared.LegalEntities;
import be.eenloket.shared.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat creates, changes and closes units, and adds positions to them. */
@Controller
class UnitController {

	static final String FORM = "organisation/unit-form";

	static final String CLOSE = "organisation/unit-close";

	static final String POSITION_FORM = "organisation/position-form";

	private final Snapshots snapshots;

	private final UnitManagement units;

	private final StaffManagement staff;

	private final LegalEntities legalEntities;

	private final MessageSource messages;

	private final Clock clock;

	UnitController(Snapshots snapshots, UnitManagement units, StaffManagement staff, LegalEntities legalEntities,
			MessageSource messages, Clock clock) {
		this.snapshots = snapshots;
		this.units = units;
		this.staff = staff;
		this.legalEntities = legalEntities;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/organogram/eenheden/nieuw")
	String createForm(Model model) {
		var form = new UnitForm();
		form.setEffectiveDate(LocalDate.now(clock));
		return showForm(form, null, model);
	}

	@PostMapping("/organogram/eenheden/nieuw")
	String create(@Validated({ Default.class, UnitForm.Creating.class }) @ModelAttribute("unitForm") UnitForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (form.getEffectiveDate() == null && !result.hasFieldErrors("effectiveDate")) {
			result.rejectValue("effectiveDate", "unit.validFrom.required");
		}
		if (result.hasErrors()) {
			return showForm(form, null, model);
		}
		try {
			var id = units.create(form.getCode(), form.values(), form.getEffectiveDate());
			redirect.addFlashAttribute("saved", "unit.created");
			return "redirect:/organogram/eenheden/" + id + dateQuery(form.getEffectiveDate());
		}
		catch (RuleViolation problem) {
			problem.addTo(result);
			return showForm(form, null, model);
		}
	}

	@GetMapping("/organogram/eenheden/{id}/wijzigen")
	String editForm(@PathVariable long id, @RequestParam(name = "datum", required = false) String datum, Model model) {
		var asOf = AsOfDate.parse(datum, clock);
		var unit = snapshots.asOf(asOf.date()).unit(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var form = UnitForm.of(unit);
		form.setEffectiveDate(asOf.date());
		return showForm(form, unit, model);
	}

	@PostMapping("/organogram/eenheden/{id}/wijzigen")
	String update(@PathVariable long id, @Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (form.getEffectiveDate() == null && !result.hasFieldErrors("effectiveDate")) {
			result.rejectValue("effectiveDate", "unit.effectiveDate.required");
		}
		var date = form.getEffectiveDate() == null ? LocalDate.now(clock) : form.getEffectiveDate();
		var unit = snapshots.asOf(date).unit(id)
			.or(() -> snapshots.asOf(LocalDate.now(clock)).unit(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		form.setCode(unit.code());
		if (result.hasErrors()) {
			return showForm(form, unit, model);
		}
		try {
			var seen = new UnitManagement.SeenPeriod(form.getPeriodId(), form.getPeriodVersion());
			if (form.getMode() == UnitForm.Mode.CORRECTION) {
				units.correct(id, date, seen, form.values());
			}
			else {
				units.changeFrom(id, date, seen, form.values());
			}
			redirect.addFlashAttribute("saved", form.getMode() == UnitForm.Mode.CORRECTION ? "unit.corrected" : "unit.changed");
			return "redirect:/organogram/eenheden/" + id + dateQuery(date);
		}
		catch (RuleViolation problem) {
			problem.addTo(result);
			return showForm(form, unit, model);
		}
		catch (OptimisticLockingFailureException concurrent) {
			var fresh = UnitForm.of(unit);
			fresh.setEffectiveDate(date);
			fresh.setMode(form.getMode());
			model.addAttribute("concurrentEdit", true);
			return showForm(fresh, unit, model);
		}
	}

	@GetMapping("/organogram/eenheden/{id}/opheffen")
	String closeForm(@PathVariable long id, Model model) {
		var snapshot = snapshots.asOf(LocalDate.now(clock));
		var unit = snapshot.unit(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var form = new CloseForm();
		form.setDate(LocalDate.now(clock).plusDays(1));
		return showClose(unit, form, model);
	}

	@PostMapping("/organogram/eenheden/{id}/opheffen")
	String close(@PathVariable long id, @Valid @ModelAttribute("closeForm") CloseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var unit = snapshots.asOf(LocalDate.now(clock)).unit(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (form.getDate() == null && !result.hasFieldErrors("date")) {
			result.rejectValue("date", "unit.close.date.required");
		}
		if (result.hasErrors()) {
			return showClose(unit, form, model);
		}
		try {
			units.close(id, form.getDate());
			redirect.addFlashAttribute("saved", "unit.closed");
			return "redirect:/organogram";
		}
		catch (RuleViolation problem) {
			problem.addTo(result);
			return showClose(unit, form, model);
		}
	}

	@GetMapping("/organogram/eenheden/{id}/functies/nieuw")
	String positionForm(@PathVariable long id, Model model) {
		var unit = snapshots.asOf(LocalDate.now(clock)).unit(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var form = new PositionForm();
		form.setValidFrom(LocalDate.now(clock));
		return showPosition(unit, form, model);
	}

	@PostMapping("/organogram/eenheden/{id}/functies/nieuw")
	String createPosition(@PathVariable long id, @Valid @ModelAttribute("positionForm") PositionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var unit = snapshots.asOf(LocalDate.now(clock)).unit(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (result.hasErrors()) {
			return showPosition(unit, form, model);
		}
		try {
			staff.createPosition(id, form.getKind(), form.getTitle(), form.getGrade(), form.getValidFrom());
			redirect.addFlashAttribute("saved", "position.created");
			return "redirect:/organogram/eenheden/" + id;
		}
		catch (RuleViolation problem) {
			problem.addTo(result);
			return showPosition(unit, form, model);
		}
	}

	private String showForm(UnitForm form, Snapshot.Unit unit, Model model) {
		var date = form.getEffectiveDate() == null ? LocalDate.now(clock) : form.getEffectiveDate();
		var snapshot = snapshots.asOf(date);
		model.addAttribute("unitForm", form);
		model.addAttribute("unit", unit);
		model.addAttribute("editing", unit != null);
		model.addAttribute("types", UnitType.values());
		model.addAttribute("modes", UnitForm.Mode.values());
		model.addAttribute("entities", legalEntities.active());
		model.addAttribute("parents", snapshot.treeOrder().stream()
			.filter(entry -> unit == null || (entry.getKey().id() != unit.id()
					&& !snapshot.wouldCreateCycle(unit.id(), entry.getKey().id())))
			.toList());
		return FORM;
	}

	private String showClose(Snapshot.Unit unit, CloseForm form, Model model) {
		var date = form.getDate() == null ? LocalDate.now(clock) : form.getDate();
		model.addAttribute("unit", unit);
		model.addAttribute("closeForm", form);
		var locale = LocaleContextHolder.getLocale();
		model.addAttribute("left", units.whatIsLeft(unit.id(), date, snapshots.asOf(date)).stream()
			.map(item -> messages.getMessage(item, locale))
			.toList());
		return CLOSE;
	}

	private String showPosition(Snapshot.Unit unit, PositionForm form, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("positionForm", form);
		model.addAttribute("kinds", PositionKind.values());
		return POSITION_FORM;
	}

	private String dateQuery(LocalDate date) {
		return date.equals(LocalDate.now(clock)) ? "" : "?datum=" + date;
	}

	/** The date from which a unit no longer exists. */
	public static class CloseForm {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		@PlausibleDate(from = "-P1Y", to = "P5Y")
		private LocalDate date;

		public LocalDate getDate() {
			return date;
		}

		public void setDate(LocalDate date) {
			this.date = date;
		}

	}

}

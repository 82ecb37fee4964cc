package be.eenloket.organisation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.organisation.internal.Snapshot;
import be.eenloket.organisation.internal.Snapshots;
import be.eenloket.organisation.internal.StaffManagement;
import jakarta.validation.Valid;
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

/** Assigning staff to positions and ending assignments. */
@Controller
class AssignmentController {

	static final String FORM = "organisation/assignment-form";

	static final String END = "organisation/assignment-end";

	private final Snapshots snapshots;

	private final StaffManagement staff;

	private final Clock clock;

	AssignmentController(Snapshots snapshots, StaffManagement staff, Clock clock) {
		this.snapshots = snapshots;
		this.staff = staff;
		this.clock = clock;
	}

	@GetMapping("/organogram/toewijzingen/nieuw")
	String form(@RequestParam("functie") long positionId, Model model) {
		var form = new AssignmentForm();
		form.setValidFrom(LocalDate.now(clock));
		return show(positionId, form, model);
	}

	@PostMapping("/organogram/toewijzingen/nieuw")
	String assign(@RequestParam("functie") long positionId, @Valid @ModelAttribute("assignmentForm") AssignmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(positionId, form, model);
		}
		try {
			staff.assign(form.getPersonId(), positionId, form.getFte(), form.getValidFrom(), form.getValidTo(),
					form.isConfirmOverOne());
			redirect.addFlashAttribute("saved", "assignment.created");
			return "redirect:/organogram/eenheden/" + unitOf(positionId);
		}
		catch (RuleViolation problem) {
			problem.addTo(result);
			model.addAttribute("askConfirmation", "assignment.fte.overOne".equals(problem.messageKey()));
			return show(positionId, form, model);
		}
	}

	@GetMapping("/organogram/toewijzingen/{id}/beeindigen")
	String endForm(@PathVariable long id, Model model) {
		var form = new UnitController.CloseForm();
		form.setDate(LocalDate.now(clock));
		return showEnd(id, form, model);
	}

	@PostMapping("/organogram/toewijzingen/{id}/beeindigen")
	String end(@PathVariable long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			@ModelAttribute("endForm") UnitController.CloseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getDate() == null && !result.hasFieldErrors("date")) {
			result.rejectValue("date", "assignment.end.date.required");
		}
		if (result.hasErrors()) {
			return showEnd(id, form, model);
		}
		try {
			var unitId = staff.assignmentSummary(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))
				.unitId();
			staff.endAssignment(id, version, form.getDate());
			redirect.addFlashAttribute("saved", "assignment.ended");
			return "redirect:/organogram/eenheden/" + unitId;
		}
		catch (RuleViolation problem) {
			problem.addTo(result);
			return showEnd(id, form, model);
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			return showEnd(id, form, model);
		}
	}

	private String show(long positionId, AssignmentForm form, Model model) {
		var position = staff.position(positionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var unitId = position.unitId();
		var unit = snapshots.asOf(form.getValidFrom() == null ? LocalDate.now(clock) : form.getValidFrom()).unit(unitId)
			.or(() -> snapshots.asOf(LocalDate.now(clock)).unit(unitId))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("positionId", positionId);
		model.addAttribute("positionTitle", position.title());
		model.addAttribute("unit", unit);
		model.addAttribute("assignmentForm", form);
		model.addAttribute("people", snapshots.people().values().stream()
			.sorted(Comparator.comparing(Snapshot.Person::lastName).thenComparing(Snapshot.Person::firstName))
			.toList());
		return FORM;
	}

	private String showEnd(long id, UnitController.CloseForm form, Model model) {
		var row = staff.assignmentSummary(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("assignment", row);
		model.addAttribute("endForm", form);
		return END;
	}

	private long unitOf(long positionId) {
		return staff.position(positionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).unitId();
	}

}

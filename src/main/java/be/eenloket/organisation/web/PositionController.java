package be.eenloket.organisation.web;

import java.time.Clock;
import java.time.LocalDate;

import be.eenloket.kernel.RuleViolation;
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

/** Correcting a position's title and grade, and ending a position from a date on. */
@Controller
class PositionController {

	static final String EDIT = "organisation/position-edit";

	private final StaffManagement staff;

	private final Snapshots snapshots;

	private final Clock clock;

	PositionController(StaffManagement staff, Snapshots snapshots, Clock clock) {
		this.staff = staff;
		this.snapshots = snapshots;
		this.clock = clock;
	}

	@GetMapping("/organogram/functies/{id}")
	String edit(@PathVariable String id, Model model) {
		var position = position(id);
		var form = new PositionEditForm();
		form.setTitle(position.title());
		form.setGrade(position.grade());
		form.setVersion(position.version());
		var end = new UnitController.CloseForm();
		end.setDate(LocalDate.now(clock));
		return show(position, form, end, model);
	}

	@PostMapping("/organogram/functies/{id}")
	String correct(@PathVariable String id, @Valid @ModelAttribute("positionEditForm") PositionEditForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var position = position(id);
		var end = new UnitController.CloseForm();
		end.setDate(LocalDate.now(clock));
		if (result.hasErrors()) {
			return show(position, form, end, model);
		}
		try {
			staff.correctPosition(position.id(), form.getVersion() == null ? -1 : form.getVersion(), form.getTitle(),
					form.getGrade());
		}
		catch (RuleViolation problem) {
			problem.addTo(result);
			return show(position, form, end, model);
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			return edit(id, model);
		}
		redirect.addFlashAttribute("saved", "position.corrected");
		return "redirect:/organogram/eenheden/" + position.unitId();
	}

	@PostMapping("/organogram/functies/{id}/beeindigen")
	String end(@PathVariable String id, @RequestParam(name = "version", defaultValue = "-1") long version,
			@ModelAttribute("endForm") UnitController.CloseForm end, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var position = position(id);
		var form = new PositionEditForm();
		form.setTitle(position.title());
		form.setGrade(position.grade());
		form.setVersion(position.version());
		if (end.getDate() == null && !result.hasFieldErrors("date")) {
			result.rejectValue("date", "assignment.end.date.required");
		}
		if (result.hasErrors()) {
			return show(position, form, end, model);
		}
		try {
			staff.endPosition(position.id(), version, end.getDate());
		}
		catch (RuleViolation problem) {
			problem.addTo(result);
			return show(position, form, end, model);
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			return edit(id, model);
		}
		redirect.addFlashAttribute("saved", "position.ended");
		return "redirect:/organogram/eenheden/" + position.unitId();
	}

	private StaffManagement.PositionView position(String id) {
		if (!id.matches("\\d{1,18}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return staff.position(Long.parseLong(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String show(StaffManagement.PositionView position, PositionEditForm form, UnitController.CloseForm end,
			Model model) {
		var unit = snapshots.asOf(LocalDate.now(clock)).unit(position.unitId())
			.or(() -> snapshots.asOf(position.validFrom()).unit(position.unitId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("position", position);
		model.addAttribute("unit", unit);
		model.addAttribute("positionEditForm", form);
		model.addAttribute("endForm", end);
		return EDIT;
	}

}

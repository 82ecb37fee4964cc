package be.eenloket.socialcases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.socialcases.internal.CaseFile;
import be.eenloket.socialcases.internal.CaseFileOverviews;
import be.eenloket.socialcases.internal.CaseFiles;
import be.eenloket.socialcases.internal.FileAccess;
import be.eenloket.socialcases.internal.FollowUps;
import be.eenloket.socialcases.internal.HouseholdMember;
import be.eenloket.socialcases.internal.NeedToKnow;
import be.eenloket.socialcases.internal.Viewer;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Case files: the list, opening a file from a taken intake, one file (need-to-know, every view logged), assigning,
 * household members, forwarding a request, and breaking the glass.
 */
@Controller
@RequestMapping("/sociale-dienst/dossiers")
class CaseFileController {

	static final String LIST = "socialcases/file-list";

	static final String DETAIL = "socialcases/file";

	static final String BREAK_GLASS = "socialcases/break-glass";

	private final CaseFiles caseFiles;

	private final CaseFileOverviews overviews;

	private final FileAccess access;

	private final FollowUps followUps;

	private final Clock clock;

	private final InvestigationSection investigation;

	CaseFileController(CaseFiles caseFiles, CaseFileOverviews overviews, FileAccess access, FollowUps followUps,
			Clock clock, InvestigationSection investigation) {
		this.caseFiles = caseFiles;
		this.overviews = overviews;
		this.access = access;
		this.followUps = followUps;
		this.clock = clock;
		this.investigation = investigation;
	}

	@InitBinder
	void noIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@RequestParam(name = "medewerker", required = false) String worker,
			@RequestParam(name = "pagina", defaultValue = "1") String page, Authentication user, Model model) {
		var viewer = Viewer.of(user);
		model.addAttribute("result", overviews.list(viewer, worker, Pages.parse(page) - 1));
		model.addAttribute("isHead", viewer.isHead());
		// only the head filters by worker
		model.addAttribute("workers", viewer.isHead() ? caseFiles.socialWorkers() : List.of());
		return LIST;
	}

	/** Opens (or links) the file of a taken intake; a second click lands on the same file. */
	@PostMapping
	String open(@RequestParam(name = "intake") String intake, Authentication user, RedirectAttributes redirect) {
		var intakeId = Pages.id(intake);
		long fileId;
		try {
			fileId = caseFiles.openFromIntake(intakeId, Viewer.of(user));
		}
		catch (DataIntegrityViolationException sameIntakeAtTheSameTime) {
			fileId = caseFiles.openFromIntake(intakeId, Viewer.of(user));
		}
		redirect.addFlashAttribute("saved", "caseFile.opened");
		return "redirect:/sociale-dienst/dossiers/" + fileId;
	}

	@GetMapping("/{id}")
	String show(@PathVariable String id, Authentication user, Model model) {
		return show(Pages.id(id), user, model);
	}

	@PostMapping("/{id}/toewijzing")
	String assign(@PathVariable String id, @ModelAttribute("assignForm") CaseFileForms.AssignForm form,
			BindingResult result, Authentication user, Model model, RedirectAttributes redirect) {
		var fileId = Pages.id(id);
		return change(fileId, result, user, model, redirect, "caseFile.assigned",
				() -> caseFiles.assign(fileId, form.getVersion(), form.getWorker(), Viewer.of(user)));
	}

	@PostMapping("/{id}/afsluiten")
	String close(@PathVariable String id, @ModelAttribute("closeForm") CaseFileForms.CloseForm form,
			BindingResult result, Authentication user, Model model, RedirectAttributes redirect) {
		var fileId = Pages.id(id);
		if (result.hasErrors()) {
			return show(fileId, user, model);
		}
		try {
			caseFiles.close(fileId, form.getVersion(), form.getReason(), Viewer.of(user));
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			model.addAttribute("closeRefused", true);
			return show(fileId, user, model);
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			return show(fileId, user, model);
		}
		redirect.addFlashAttribute("saved", "caseFile.closure.done");
		return "redirect:/sociale-dienst/dossiers/" + fileId;
	}

	/** Plans a review date with what to review (the file's worker or the head). */
	@PostMapping("/{id}/opvolging")
	String planReview(@PathVariable String id, @ModelAttribute("followUpForm") CaseFileForms.FollowUpForm form,
			BindingResult result, Authentication user, Model model, RedirectAttributes redirect) {
		var fileId = Pages.id(id);
		return change(fileId, result, user, model, redirect, "followUp.planned",
				() -> followUps.planReview(fileId, form.getVersion(), form.getDueOn(), form.getSubject(), Viewer.of(user)));
	}

	/** Marks a review or the home visit done. */
	@PostMapping("/{id}/opvolging/{followUp}/afgerond")
	String followUpDone(@PathVariable String id, @PathVariable String followUp,
			@ModelAttribute("followUpDoneForm") CaseFileForms.FollowUpDoneForm form, BindingResult result,
			Authentication user, Model model, RedirectAttributes redirect) {
		var fileId = Pages.id(id);
		return change(fileId, result, user, model, redirect, "followUp.marked",
				() -> followUps.markDone(fileId, form.getVersion(), Pages.id(followUp), Viewer.of(user)));
	}

	@PostMapping("/{id}/gezinsleden")
	String addMember(@PathVariable String id, @ModelAttribute("memberForm") CaseFileForms.MemberForm form,
			BindingResult result, Authentication user, Model model, RedirectAttributes redirect) {
		var fileId = Pages.id(id);
		return change(fileId, result, user, model, redirect, "caseFile.memberAdded",
				() -> caseFiles.addMember(fileId, form.getVersion(), new CaseFiles.MemberCommand(form.getRelation(),
						form.getFirstName(), form.getLastName(), form.getBirthDate(), form.getNationalRegisterNumber()),
						Viewer.of(user)));
	}

	@PostMapping("/{id}/doorsturen")
	String forward(@PathVariable String id, @ModelAttribute("forwardForm") CaseFileForms.ForwardForm form,
			BindingResult result, Authentication user, Model model, RedirectAttributes redirect) {
		var fileId = Pages.id(id);
		return change(fileId, result, user, model, redirect, "caseFile.forwarded",
				() -> caseFiles.forward(fileId, form.getVersion(), form.getRequestId(), form.getForwardedTo(), form.getReasons(),
						form.getForwardedOn(), Viewer.of(user)));
	}

	@GetMapping("/{id}/noodtoegang")
	String breakGlassForm(@PathVariable String id, Model model, HttpServletResponse response) {
		model.addAttribute("fileId", Pages.id(id));
		model.addAttribute("breakGlassForm", new CaseFileForms.BreakGlassForm());
		return BREAK_GLASS;
	}

	@PostMapping("/{id}/noodtoegang")
	String breakGlass(@PathVariable String id, @ModelAttribute("breakGlassForm") CaseFileForms.BreakGlassForm form,
			BindingResult result, Authentication user, Model model) {
		var fileId = Pages.id(id);
		try {
			access.breakGlass(fileId, Viewer.of(user), form.getReason());
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			model.addAttribute("fileId", fileId);
			return BREAK_GLASS;
		}
		return "redirect:/sociale-dienst/dossiers/" + fileId;
	}

	/** Not the viewer's file: a social worker may break the glass, anyone else is refused. */
	@ExceptionHandler(NeedToKnow.class)
	String needToKnow(NeedToKnow refused, Model model, HttpServletResponse response) {
		if (!refused.mayBreakGlass()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("fileId", refused.caseFileId());
		model.addAttribute("breakGlassForm", new CaseFileForms.BreakGlassForm());
		return BREAK_GLASS;
	}

	/**
	 * Runs one change of the file and goes back to it; a broken rule shows the file again with the message by its
	 * field, a stale version with the explanation that someone else was first. Nothing is saved in either case.
	 */
	private String change(long fileId, BindingResult result, Authentication user, Model model,
			RedirectAttributes redirect, String savedKey, Runnable change) {
		if (result.hasErrors()) {
			return show(fileId, user, model);
		}
		try {
			change.run();
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return show(fileId, user, model);
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			return show(fileId, user, model);
		}
		redirect.addFlashAttribute("saved", savedKey);
		return "redirect:/sociale-dienst/dossiers/" + fileId;
	}

	/** The file's page; also shown again by the investigation's forms when one is refused. */
	String show(long id, Authentication user, Model model) {
		var read = caseFiles.read(id, Viewer.of(user));
		investigation.addTo(model, read, Viewer.of(user));
		var file = read.file();
		model.addAttribute("read", read);
		model.addAttribute("file", file);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("relations", java.util.Arrays.stream(HouseholdMember.Relation.values())
			.filter(r -> r != HouseholdMember.Relation.APPLICANT)
			.toList());
		// only the head assigns
		model.addAttribute("workers", read.byHead() ? caseFiles.socialWorkers() : List.of());
		if (!model.containsAttribute("assignForm")) {
			model.addAttribute("assignForm", new CaseFileForms.AssignForm());
		}
		model.addAttribute("closureReasons", CaseFile.ClosureReason.values());
		if (!model.containsAttribute("closeForm")) {
			model.addAttribute("closeForm", new CaseFileForms.CloseForm());
		}
		if (!model.containsAttribute("followUpForm")) {
			model.addAttribute("followUpForm", new CaseFileForms.FollowUpForm());
		}
		if (!model.containsAttribute("followUpDoneForm")) {
			model.addAttribute("followUpDoneForm", new CaseFileForms.FollowUpDoneForm());
		}
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", new CaseFileForms.MemberForm());
		}
		if (!model.containsAttribute("forwardForm")) {
			var forward = new CaseFileForms.ForwardForm();
			forward.setForwardedOn(LocalDate.now(clock));
			model.addAttribute("forwardForm", forward);
		}
		return DETAIL;
	}

}

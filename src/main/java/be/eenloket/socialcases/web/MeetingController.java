package be.eenloket.socialcases.web;

import java.time.Clock;
import java.time.LocalDate;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.socialcases.internal.BcsdMeetings;
import be.eenloket.socialcases.internal.Viewer;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * BCSD meetings: the secretary plans them, builds the agenda from ready proposals, sends the notice, records
 * attendance and votes and closes the meeting; the chair, the secretary and (during the notice period) the members
 * read the agenda with the draft decisions.
 */
@Controller
@RequestMapping("/bcsd/vergaderingen")
class MeetingController {

	static final String LIST = "socialcases/meeting-list";

	static final String DETAIL = "socialcases/meeting";

	static final String AGENDA = "socialcases/agenda";

	private final BcsdMeetings meetings;

	private final Clock clock;

	MeetingController(BcsdMeetings meetings, Clock clock) {
		this.meetings = meetings;
		this.clock = clock;
	}

	@InitBinder
	void noIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(Authentication user, Model model) {
		var viewer = Viewer.of(user);
		model.addAttribute("meetings", meetings.list(viewer));
		model.addAttribute("isSecretary", viewer.roles().contains(be.eenloket.identity.Role.BCSD_SECRETARY));
		if (!model.containsAttribute("planForm")) {
			var form = new MeetingForms.PlanForm();
			form.setMembers(8);
			form.setMeetingTime(java.time.LocalTime.of(19, 0));
			model.addAttribute("planForm", form);
		}
		return LIST;
	}

	@PostMapping
	String plan(@ModelAttribute("planForm") MeetingForms.PlanForm form, BindingResult result, Authentication user,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return list(user, model);
		}
		long id;
		try {
			id = meetings.plan(form.getMeetingDate() == null || form.getMeetingTime() == null ? null
					: form.getMeetingDate().atTime(form.getMeetingTime()), form.getPlace(),
					form.getMembers() == null ? 0 : form.getMembers());
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return list(user, model);
		}
		redirect.addFlashAttribute("saved", "bcsd.meeting.planned");
		return "redirect:/bcsd/vergaderingen/" + id;
	}

	@GetMapping("/{id}")
	String show(@PathVariable String id, Model model) {
		return show(Pages.id(id), model);
	}

	@PostMapping("/{id}/agendapunten")
	String addItem(@PathVariable String id, @ModelAttribute("itemForm") MeetingForms.ItemForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return change(id, result, model, redirect, "bcsd.item.added", meetingId -> {
			RuleViolation.require(form.getRequestId() != null, "requestId", "bcsd.item.notProposed");
			meetings.addItem(meetingId, form.getVersion(), form.getRequestId());
		});
	}

	@PostMapping("/{id}/oproeping")
	String sendNotice(@PathVariable String id, @RequestParam(name = "version", defaultValue = "-1") long version,
			Model model, RedirectAttributes redirect) {
		var meetingId = Pages.id(id);
		try {
			meetings.sendNotice(meetingId, version);
		}
		catch (RuleViolation violation) {
			model.addAttribute("noticeError", violation.messageKey());
			return show(meetingId, model);
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			return show(meetingId, model);
		}
		redirect.addFlashAttribute("saved", "bcsd.notice.sent");
		return "redirect:/bcsd/vergaderingen/" + meetingId;
	}

	@PostMapping("/{id}/aanwezigheid")
	String attendance(@PathVariable String id, @ModelAttribute("attendanceForm") MeetingForms.AttendanceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return change(id, result, model, redirect, "bcsd.attendance.saved", meetingId -> {
			RuleViolation.require(form.getPresent() != null, "present", "bcsd.attendance.required");
			meetings.recordAttendance(meetingId, form.getVersion(), form.getPresent());
		});
	}

	@PostMapping("/{id}/stemmingen")
	String vote(@PathVariable String id, @ModelAttribute("voteForm") MeetingForms.VoteForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return change(id, result, model, redirect, "bcsd.vote.saved", meetingId -> {
			RuleViolation.require(form.getItemId() != null, "itemId", "bcsd.item.unknown");
			RuleViolation.require(form.getVotesFor() != null, "votesFor", "bcsd.vote.required");
			RuleViolation.require(form.getVotesAgainst() != null, "votesAgainst", "bcsd.vote.required");
			RuleViolation.require(form.getVotesAbstain() != null, "votesAbstain", "bcsd.vote.required");
			meetings.vote(meetingId, form.getVersion(), form.getItemId(), form.getVotesFor(), form.getVotesAgainst(),
					form.getVotesAbstain(), form.isUrgencyConfirmed());
		});
	}

	@PostMapping("/{id}/afsluiten")
	String close(@PathVariable String id, @RequestParam(name = "version", defaultValue = "-1") long version, Model model,
			RedirectAttributes redirect) {
		var meetingId = Pages.id(id);
		try {
			meetings.close(meetingId, version);
		}
		catch (RuleViolation violation) {
			model.addAttribute("closeError", violation.messageKey());
			return show(meetingId, model);
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			return show(meetingId, model);
		}
		redirect.addFlashAttribute("saved", "bcsd.meeting.closedNow");
		return "redirect:/bcsd/vergaderingen/" + meetingId;
	}

	@GetMapping("/{id}/agenda")
	String agenda(@PathVariable String id, Authentication user, Model model) {
		model.addAttribute("agenda", meetings.agenda(Pages.id(id), Viewer.of(user)));
		return AGENDA;
	}

	private interface Change {

		void apply(long meetingId);

	}

	private String change(String id, BindingResult result, Model model, RedirectAttributes redirect, String saved,
			Change change) {
		var meetingId = Pages.id(id);
		if (result.hasErrors()) {
			return show(meetingId, model);
		}
		try {
			change.apply(meetingId);
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return show(meetingId, model);
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			return show(meetingId, model);
		}
		redirect.addFlashAttribute("saved", saved);
		return "redirect:/bcsd/vergaderingen/" + meetingId;
	}

	private String show(long id, Model model) {
		var meeting = meetings.meeting(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("lines", meetings.lines(meeting));
		model.addAttribute("candidates", meetings.candidates());
		model.addAttribute("today", LocalDate.now(clock));
		if (!model.containsAttribute("itemForm")) {
			model.addAttribute("itemForm", new MeetingForms.ItemForm());
		}
		if (!model.containsAttribute("attendanceForm")) {
			model.addAttribute("attendanceForm", new MeetingForms.AttendanceForm());
		}
		if (!model.containsAttribute("voteForm")) {
			model.addAttribute("voteForm", new MeetingForms.VoteForm());
		}
		return DETAIL;
	}

}

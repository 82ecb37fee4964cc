package be.eenloket.socialcases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.socialcases.internal.Anonymisation;
import be.eenloket.socialcases.internal.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The DPO's page for retention: closed files past the retention period (file number, closure date and reason, no
 * names), and the approval of their anonymisation.
 */
@Controller
@RequestMapping("/sociale-dienst/bewaartermijn")
class RetentionController {

	static final String PAGE = "socialcases/retention";

	private final Anonymisation anonymisation;

	private final Clock clock;

	RetentionController(Anonymisation anonymisation, Clock clock) {
		this.anonymisation = anonymisation;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		var awaiting = anonymisation.awaiting();
		if (!model.containsAttribute("approvalForm")) {
			// every listed file is ticked: the DPO unticks a file to keep it (a legal hold, a pending dispute)
			var form = new ApprovalForm();
			form.setFiles(new ArrayList<>(awaiting.stream().map(Anonymisation.Awaiting::id).toList()));
			model.addAttribute("approvalForm", form);
		}
		model.addAttribute("awaiting", awaiting);
		model.addAttribute("retentionYears", anonymisation.retentionYears());
		model.addAttribute("today", LocalDate.now(clock));
		return PAGE;
	}

	@PostMapping
	String approve(@ModelAttribute("approvalForm") ApprovalForm form, BindingResult result, Authentication user,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return list(model);
		}
		Anonymisation.Result done;
		try {
			done = anonymisation.run(form.getFiles(), form.isConfirm(), Viewer.of(user));
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return list(model);
		}
		redirect.addFlashAttribute("anonymised", done.anonymised());
		redirect.addFlashAttribute("skipped", done.skipped());
		return "redirect:/sociale-dienst/bewaartermijn";
	}

	/** The files the DPO approves (all listed ones are ticked) and the explicit confirmation. */
	static class ApprovalForm {

		private List<Long> files = new ArrayList<>();

		private boolean confirm;

		public List<Long> getFiles() {
			return files;
		}

		public void setFiles(List<Long> files) {
			this.files = files;
		}

		public boolean isConfirm() {
			return confirm;
		}

		public void setConfirm(boolean confirm) {
			this.confirm = confirm;
		}

	}

}

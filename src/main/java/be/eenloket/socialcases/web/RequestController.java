package be.eenloket.socialcases.web;

import java.time.Clock;
import java.time.LocalDate;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.socialcases.internal.AidRequest;
import be.eenloket.socialcases.internal.CaseFiles;
import be.eenloket.socialcases.internal.Letters;
import be.eenloket.socialcases.internal.NeedToKnow;
import be.eenloket.socialcases.internal.Viewer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One request of a case file: its legal dates, the hearing, the proposal to the BCSD, the notification of the
 * decision, and its letters as PDFs. Every page and letter is a read of the file, logged once.
 */
@Controller
@RequestMapping("/sociale-dienst/dossiers/{id}/aanvragen/{requestId}")
class RequestController {

	static final String DETAIL = "socialcases/request";

	private final CaseFiles caseFiles;

	private final Letters letters;

	private final Clock clock;

	RequestController(CaseFiles caseFiles, Letters letters, Clock clock) {
		this.caseFiles = caseFiles;
		this.letters = letters;
		this.clock = clock;
	}

	@InitBinder
	void noIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "requestId");
		// amounts the Dutch way (1.214,13) or the plain way (1214.13)
		binder.registerCustomEditor(java.math.BigDecimal.class, "amount", new java.beans.PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				var plain = text == null ? "" : text.strip().replace(" ", "").replace("€", "");
				if (plain.contains(",")) {
					plain = plain.replace(".", "").replace(',', '.');
				}
				setValue(plain.isEmpty() ? null : new java.math.BigDecimal(plain));
			}

			@Override
			public String getAsText() {
				return getValue() == null ? "" : ((java.math.BigDecimal) getValue()).toPlainString().replace('.', ',');
			}
		});
	}

	@GetMapping
	String show(@PathVariable String id, @PathVariable String requestId, Authentication user, Model model) {
		return show(Pages.id(id), Pages.id(requestId), user, model);
	}

	@PostMapping("/hoorrecht")
	String planHearing(@PathVariable String id, @PathVariable String requestId,
			@ModelAttribute("hearingForm") RequestForms.HearingForm form, BindingResult result, Authentication user,
			Model model, RedirectAttributes redirect) {
		return change(id, requestId, result, user, model, redirect, "request.hearing.planned",
				(fileId, rid) -> caseFiles.planHearing(fileId, form.getVersion(), rid,
						form.getHearingAt() == null || form.getHearingTime() == null ? null
								: form.getHearingAt().atTime(form.getHearingTime()),
						form.getPlace(), form.getInvitedOn(), Viewer.of(user)));
	}

	@PostMapping("/hoorrecht/uitkomst")
	String hearingOutcome(@PathVariable String id, @PathVariable String requestId,
			@ModelAttribute("outcomeForm") RequestForms.OutcomeForm form, BindingResult result, Authentication user,
			Model model, RedirectAttributes redirect) {
		return change(id, requestId, result, user, model, redirect, "request.hearing.heard",
				(fileId, rid) -> caseFiles.recordHearingOutcome(fileId, form.getVersion(), rid, form.getOutcome(),
						Viewer.of(user)));
	}

	@PostMapping("/voorstel")
	String propose(@PathVariable String id, @PathVariable String requestId,
			@ModelAttribute("proposalForm") RequestForms.ProposalForm form, BindingResult result, Authentication user,
			Model model, RedirectAttributes redirect) {
		return change(id, requestId, result, user, model, redirect, "request.proposal.saved",
				(fileId, rid) -> caseFiles.propose(fileId, form.getVersion(), rid,
						new CaseFiles.Proposal(form.getDecision(), form.getReasons(), form.getLegalBasis(),
								form.getAmount(), form.getAidFrom(), form.getAidUntil()),
						Viewer.of(user)));
	}

	@PostMapping("/betekening")
	String notifyDecision(@PathVariable String id, @PathVariable String requestId,
			@ModelAttribute("notifyForm") RequestForms.NotifyForm form, BindingResult result, Authentication user,
			Model model, RedirectAttributes redirect) {
		return change(id, requestId, result, user, model, redirect, "request.notify.saved",
				(fileId, rid) -> caseFiles.notify(fileId, form.getVersion(), rid, form.getNotifiedOn(), form.getMethod(),
						Viewer.of(user)));
	}

	@GetMapping("/hoorrecht.pdf")
	ResponseEntity<byte[]> hearingLetter(@PathVariable String id, @PathVariable String requestId, Authentication user) {
		return pdf(letters.letter(Pages.id(id), Pages.id(requestId), Letters.Kind.HEARING, Viewer.of(user)));
	}

	@GetMapping("/doorverwijzing.pdf")
	ResponseEntity<byte[]> forwardLetter(@PathVariable String id, @PathVariable String requestId, Authentication user) {
		return pdf(letters.letter(Pages.id(id), Pages.id(requestId), Letters.Kind.FORWARD, Viewer.of(user)));
	}

	@GetMapping("/beslissing.pdf")
	ResponseEntity<byte[]> decisionLetter(@PathVariable String id, @PathVariable String requestId, Authentication user) {
		return pdf(letters.letter(Pages.id(id), Pages.id(requestId), Letters.Kind.DECISION, Viewer.of(user)));
	}

	@ExceptionHandler(NeedToKnow.class)
	String needToKnow(NeedToKnow refused) {
		if (!refused.mayBreakGlass()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return "redirect:/sociale-dienst/dossiers/" + refused.caseFileId() + "/noodtoegang";
	}

	private interface Change {

		void apply(long fileId, long requestId);

	}

	private String change(String id, String requestId, BindingResult result, Authentication user, Model model,
			RedirectAttributes redirect, String saved, Change change) {
		var fileId = Pages.id(id);
		var rid = Pages.id(requestId);
		if (result.hasErrors()) {
			return show(fileId, rid, user, model);
		}
		try {
			change.apply(fileId, rid);
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return show(fileId, rid, user, model);
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			return show(fileId, rid, user, model);
		}
		redirect.addFlashAttribute("saved", saved);
		return "redirect:/sociale-dienst/dossiers/" + fileId + "/aanvragen/" + rid;
	}

	private String show(long fileId, long requestId, Authentication user, Model model) {
		var read = caseFiles.readRequest(fileId, requestId, Viewer.of(user));
		var request = read.file().request(requestId);
		var today = LocalDate.now(clock);
		model.addAttribute("read", read);
		model.addAttribute("file", read.file());
		model.addAttribute("request", request);
		model.addAttribute("today", today);
		model.addAttribute("legalBases", caseFiles.legalBases());
		model.addAttribute("legalBasisLabel", caseFiles.legalBasisLabel(request.getLegalBasis()));
		model.addAttribute("decisions", AidRequest.Decision.values());
		model.addAttribute("methods", AidRequest.NotificationMethod.values());
		if (!model.containsAttribute("hearingForm")) {
			var hearing = new RequestForms.HearingForm();
			hearing.setInvitedOn(today);
			model.addAttribute("hearingForm", hearing);
		}
		if (!model.containsAttribute("outcomeForm")) {
			model.addAttribute("outcomeForm", new RequestForms.OutcomeForm());
		}
		if (!model.containsAttribute("proposalForm")) {
			var proposal = new RequestForms.ProposalForm();
			if (request.getProposedDecision() != null) {
				proposal.setDecision(request.getProposedDecision());
				proposal.setReasons(request.getProposalReasons());
				proposal.setLegalBasis(request.getLegalBasis());
				proposal.setAmount(request.getAmount());
				proposal.setAidFrom(request.getAidFrom());
				proposal.setAidUntil(request.getAidUntil());
			}
			model.addAttribute("proposalForm", proposal);
		}
		if (!model.containsAttribute("notifyForm")) {
			var notify = new RequestForms.NotifyForm();
			notify.setNotifiedOn(today);
			model.addAttribute("notifyForm", notify);
		}
		return DETAIL;
	}

	private static ResponseEntity<byte[]> pdf(Letters.Letter letter) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", ContentDisposition.inline().filename(letter.fileName()).build().toString())
			.body(letter.pdf());
	}

}

package be.eenloket.socialcases.web;

import java.io.IOException;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.socialcases.internal.ConfidentialNote;
import be.eenloket.socialcases.internal.Investigation;
import be.eenloket.socialcases.internal.NeedToKnow;
import be.eenloket.socialcases.internal.Viewer;
import org.springframework.dao.DataIntegrityViolationException;
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
 * The social investigation of a file: logging a home visit or interview, receiving a document and downloading it,
 * writing and changing a confidential note. A refused form shows the file's page again (a read, logged like every
 * showing of the file); a download or a note's page is a read of its own, logged once.
 */
@Controller
@RequestMapping("/sociale-dienst/dossiers/{id}")
class InvestigationController {

	static final String NOTE = "socialcases/note";

	private final Investigation investigation;

	private final CaseFileController files;

	private final java.time.Clock clock;

	InvestigationController(Investigation investigation, CaseFileController files, java.time.Clock clock) {
		this.investigation = investigation;
		this.files = files;
		this.clock = clock;
	}

	@InitBinder
	void noIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "noteId", "documentId");
	}

	@PostMapping("/onderzoek")
	String logEntry(@PathVariable String id, @ModelAttribute("entryForm") InvestigationForms.EntryForm form,
			BindingResult result, Authentication user, Model model, RedirectAttributes redirect) {
		var fileId = Pages.id(id);
		var command = new Investigation.EntryCommand(form.getKind(), form.getHappenedOn(), form.getFindings(),
				form.getFormToken());
		return save(fileId, form.getFormToken(), result, user, model, redirect, "investigation.entry.saved", "onderzoek",
				() -> investigation.logEntry(fileId, command, Viewer.of(user)));
	}

	@PostMapping("/documenten")
	String receiveDocument(@PathVariable String id, @ModelAttribute("documentForm") InvestigationForms.DocumentForm form,
			BindingResult result, Authentication user, Model model, RedirectAttributes redirect) throws IOException {
		var fileId = Pages.id(id);
		var upload = form.getDocument();
		// the part's Content-Type and the name's extension are not read: the type comes from the bytes
		var command = new Investigation.DocumentCommand(form.getDescription(),
				upload == null ? null : upload.getOriginalFilename(), upload == null ? null : upload.getBytes(),
				form.getFormToken());
		return save(fileId, form.getFormToken(), result, user, model, redirect, "investigation.document.saved", "documenten",
				() -> investigation.receiveDocument(fileId, command, Viewer.of(user)));
	}

	/** Where an upload over the server's limits lands (see {@link OversizedUploadFilter}): the file, message by the field. */
	@GetMapping("/documenten/te-groot")
	String uploadTooLarge(@PathVariable String id, Authentication user, Model model) {
		model.addAttribute(InvestigationSection.UPLOAD_TOO_LARGE, true);
		return files.show(Pages.id(id), user, model);
	}

	@GetMapping("/documenten/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String documentId, Authentication user) {
		var download = investigation.download(Pages.id(id), Pages.id(documentId), Viewer.of(user));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.type().mediaType()))
			.header("Content-Disposition", ContentDisposition.attachment().filename(download.fileName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Cache-Control", "no-store")
			.body(download.content());
	}

	@PostMapping("/notities")
	String writeNote(@PathVariable String id, @ModelAttribute("noteForm") InvestigationForms.NoteForm form,
			BindingResult result, Authentication user, Model model, RedirectAttributes redirect) {
		var fileId = Pages.id(id);
		var command = new Investigation.NoteCommand(form.getText(), form.getFormToken());
		return save(fileId, form.getFormToken(), result, user, model, redirect, "investigation.note.saved", "notities",
				() -> investigation.writeNote(fileId, command, Viewer.of(user)));
	}

	@GetMapping("/notities/{noteId}")
	String note(@PathVariable String id, @PathVariable String noteId, Authentication user, Model model) {
		return showNote(Pages.id(id), Pages.id(noteId), user, model);
	}

	@PostMapping("/notities/{noteId}")
	String editNote(@PathVariable String id, @PathVariable String noteId,
			@ModelAttribute("noteForm") InvestigationForms.NoteForm form, BindingResult result, Authentication user,
			Model model, RedirectAttributes redirect) {
		var fileId = Pages.id(id);
		var nid = Pages.id(noteId);
		if (result.hasErrors()) {
			return showNote(fileId, nid, user, model);
		}
		try {
			investigation.editNote(fileId, nid, form.getVersion(), form.getText(), Viewer.of(user));
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return showNote(fileId, nid, user, model);
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			return showNote(fileId, nid, user, model);
		}
		redirect.addFlashAttribute("saved", "investigation.note.changed");
		return "redirect:/sociale-dienst/dossiers/" + fileId + "#notities";
	}

	/** Not the viewer's file: a social worker may break the glass, anyone else is refused. */
	@ExceptionHandler(NeedToKnow.class)
	String needToKnow(NeedToKnow refused) {
		if (!refused.mayBreakGlass()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return "redirect:/sociale-dienst/dossiers/" + refused.caseFileId() + "/noodtoegang";
	}

	private String showNote(long fileId, long noteId, Authentication user, Model model) {
		var read = investigation.readNote(fileId, noteId, Viewer.of(user));
		model.addAttribute("file", read.file());
		model.addAttribute("note", read.note());
		model.addAttribute("editable", read.editable());
		model.addAttribute("maxText", String.valueOf(ConfidentialNote.MAX_TEXT));
		model.addAttribute("zone", clock.getZone());
		// a refused change shows what was typed; otherwise (and after someone else's change) the note as it is now
		var form = model.getAttribute("noteForm") instanceof InvestigationForms.NoteForm typed
				&& !model.containsAttribute("concurrentEdit") ? typed : null;
		if (form == null) {
			form = new InvestigationForms.NoteForm();
			form.setText(read.note().getText());
			model.addAttribute("noteForm", form);
		}
		form.setVersion(read.note().getVersion());
		return NOTE;
	}

	private interface Save {

		long apply();

	}

	private String save(long fileId, java.util.UUID token, BindingResult result, Authentication user, Model model,
			RedirectAttributes redirect, String saved, String anchor, Save save) {
		if (result.hasErrors()) {
			return files.show(fileId, user, model);
		}
		try {
			save.apply();
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			// the refused form is shown with its message even when the file no longer takes new entries
			model.addAttribute("refusedForm", anchor);
			return files.show(fileId, user, model);
		}
		catch (DataIntegrityViolationException refused) {
			// the same form raced itself: the first submission won on the token's unique index and is what is saved
			if (token == null || !investigation.submitted(token)) {
				throw refused;
			}
		}
		redirect.addFlashAttribute("saved", saved);
		return "redirect:/sociale-dienst/dossiers/" + fileId + "#" + anchor;
	}

}

package be.eenloket.socialcases.web;

import java.time.Clock;
import java.time.LocalDate;

import be.eenloket.socialcases.internal.CaseFiles;
import be.eenloket.socialcases.internal.Investigation;
import be.eenloket.socialcases.internal.InvestigationEntry;
import be.eenloket.socialcases.internal.ReceivedDocument;
import be.eenloket.socialcases.internal.Viewer;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Puts the social investigation on a file's page (template {@code socialcases/investigation}): the entries,
 * documents and the viewer's confidential notes, and the three forms, each with a fresh one-time token unless the
 * page shows a refused form again.
 */
@Component
class InvestigationSection {

	/** Set when an upload was larger than the server reads at all (see {@link OversizedUploadFilter}). */
	static final String UPLOAD_TOO_LARGE = "uploadTooLarge";

	private final Investigation investigation;

	private final Clock clock;

	InvestigationSection(Investigation investigation, Clock clock) {
		this.investigation = investigation;
		this.clock = clock;
	}

	void addTo(Model model, CaseFiles.Read read, Viewer viewer) {
		model.addAttribute("investigation", investigation.section(read, viewer));
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("investigationKinds", InvestigationEntry.Kind.values());
		model.addAttribute("maxFindings", String.valueOf(InvestigationEntry.MAX_FINDINGS));
		model.addAttribute("maxDescription", String.valueOf(ReceivedDocument.MAX_DESCRIPTION));
		if (!model.containsAttribute("entryForm")) {
			var entry = new InvestigationForms.EntryForm();
			entry.setHappenedOn(LocalDate.now(clock));
			model.addAttribute("entryForm", entry);
		}
		if (!model.containsAttribute("documentForm")) {
			var form = new InvestigationForms.DocumentForm();
			model.addAttribute("documentForm", form);
			if (Boolean.TRUE.equals(model.getAttribute(UPLOAD_TOO_LARGE))) {
				BindingResult errors = new BeanPropertyBindingResult(form, "documentForm");
				errors.rejectValue("document", "investigation.document.tooLarge",
						new Object[] { String.valueOf(ReceivedDocument.MAX_BYTES / 1024 / 1024) }, null);
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "documentForm", errors);
				model.addAttribute("formHasErrors", true);
			}
		}
		if (!model.containsAttribute("noteForm")) {
			model.addAttribute("noteForm", new InvestigationForms.NoteForm());
		}
	}

}

package be.eenloket.frontdesk.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;

import be.eenloket.directory.DirectoryCatalog;
import be.eenloket.frontdesk.SocialAidRequestType;
import be.eenloket.frontdesk.internal.SocialAidRegister;
import be.eenloket.kernel.RuleViolation;
import be.eenloket.shared.NationalRegisterNumber;
import be.eenloket.shared.PdfDocuments;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The same-day register of social-aid requests: reception registers a request and hands over the receipt. It can
 * reprint the receipt later, but never sees what the social service does with the request.
 */
@Controller
class SocialAidController {

	static final String LIST = "frontdesk/social-aid-list";

	static final String FORM = "frontdesk/social-aid-form";

	static final String DETAIL = "frontdesk/social-aid";

	static final String RECEIPT = "frontdesk/receipt-pdf";

	static final int PAGE_SIZE = 50;

	private final SocialAidRegister register;

	private final DirectoryCatalog directory;

	private final PdfDocuments pdf;

	private final SpringTemplateEngine templates;

	private final Clock clock;

	private final String socialServiceSlug;

	private final String municipalityName;

	SocialAidController(SocialAidRegister register, DirectoryCatalog directory, PdfDocuments pdf,
			SpringTemplateEngine templates, Clock clock,
			@Value("${eenloket.frontdesk.social-service-point:sociale-dienst}") String socialServiceSlug,
			@Value("${eenloket.municipality.name}") String municipalityName) {
		this.register = register;
		this.directory = directory;
		this.pdf = pdf;
		this.templates = templates;
		this.clock = clock;
		this.socialServiceSlug = socialServiceSlug;
		this.municipalityName = municipalityName;
	}

	@InitBinder("socialAidForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("firstName", "lastName", "birthDate", "nationalRegisterNumber", "phone", "email",
				"address", "language", "type", "description", "requestDate", "requestTime", "formToken");
	}

	@GetMapping("/onthaal/hulpvragen")
	String list(@RequestParam(name = "pagina", defaultValue = "1") int page, Model model) {
		var current = Math.max(page, 1);
		model.addAttribute("entries", register.latest((current - 1) * PAGE_SIZE, PAGE_SIZE));
		model.addAttribute("page", current);
		model.addAttribute("hasNext", register.count() > (long) current * PAGE_SIZE);
		return LIST;
	}

	@GetMapping("/onthaal/hulpvragen/nieuw")
	String form(Model model) {
		var form = new SocialAidForm();
		var now = LocalDateTime.now(clock);
		form.setRequestDate(now.toLocalDate());
		form.setRequestTime(now.toLocalTime().withSecond(0).withNano(0));
		form.setFormToken(UUID.randomUUID());
		return show(form, model);
	}

	@PostMapping("/onthaal/hulpvragen/nieuw")
	String registerRequest(@Valid @ModelAttribute("socialAidForm") SocialAidForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (form.getFormToken() == null) {
			form.setFormToken(UUID.randomUUID());
		}
		// the rules the register checks too, shown together with the other field errors
		if (!result.hasFieldErrors("nationalRegisterNumber") && form.getNationalRegisterNumber() != null
				&& !NationalRegisterNumber.isValid(form.getNationalRegisterNumber())) {
			result.rejectValue("nationalRegisterNumber", "socialAid.nrn.invalid");
		}
		if (!result.hasFieldErrors("requestDate") && form.getRequestDate() != null
				&& form.getRequestDate().isAfter(LocalDate.now(clock))) {
			result.rejectValue("requestDate", "socialAid.requestedAt.future");
		}
		if (!result.hasFieldErrors("birthDate") && form.getBirthDate() != null
				&& form.getBirthDate().isAfter(LocalDate.now(clock))) {
			result.rejectValue("birthDate", "socialAid.birthDate.future");
		}
		if (result.hasErrors()) {
			return show(form, model);
		}
		UUID id;
		try {
			id = register.register(new SocialAidRegister.Registration(form.getFirstName(), form.getLastName(),
					form.getBirthDate(), form.getNationalRegisterNumber(), form.getPhone(), form.getEmail(),
					form.getAddress(), form.getLanguage(), form.getType(), form.getDescription(),
					form.getRequestDate().atTime(form.getRequestTime())),
					form.getFormToken());
		}
		catch (RuleViolation problem) {
			problem.addTo(result);
			return show(form, model);
		}
		catch (DuplicateKeyException sameFormAtTheSameTime) {
			// a double click raced the first submission, which won: show the request it registered
			id = register.idForForm(form.getFormToken()).orElseThrow(() -> sameFormAtTheSameTime);
		}
		redirect.addFlashAttribute("saved", "socialAid.saved");
		return "redirect:/onthaal/hulpvragen/" + id;
	}

	@GetMapping("/onthaal/hulpvragen/{id}")
	String detail(@PathVariable String id, Model model) {
		model.addAttribute("entry", entry(id));
		return DETAIL;
	}

	@GetMapping("/onthaal/hulpvragen/{id}/ontvangstbewijs.pdf")
	ResponseEntity<byte[]> receipt(@PathVariable String id) {
		var entry = entry(id);
		// the receipt is always in Dutch, the language of the administration
		var context = new Context(Locale.forLanguageTag("nl"));
		context.setVariable("entry", entry);
		context.setVariable("socialService", directory.servicePoint(socialServiceSlug).orElse(null));
		context.setVariable("decisionDays", SocialAidRegister.DECISION_DAYS);
		context.setVariable("printedOn", LocalDate.now(clock));
		context.setVariable("css", css());
		context.setVariable("municipalityName", municipalityName);
		var html = templates.process(RECEIPT, context);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", ContentDisposition.inline()
				.filename("ontvangstbewijs-" + entry.registerNumber() + ".pdf")
				.build()
				.toString())
			.body(pdf.render(html));
	}

	private SocialAidRegister.Entry entry(String id) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException malformed) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return register.find(uuid).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String show(SocialAidForm form, Model model) {
		model.addAttribute("socialAidForm", form);
		model.addAttribute("types", SocialAidRequestType.values());
		model.addAttribute("languages", new String[] { "nl", "fr", "en", "de", "ar", "tr", "other" });
		return FORM;
	}

	private static String css() {
		try {
			return new ClassPathResource("static/css/receipt-print.css").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

}

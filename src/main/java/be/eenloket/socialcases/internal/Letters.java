package be.eenloket.socialcases.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import be.eenloket.identity.StaffAccounts;
import be.eenloket.kernel.RuleViolation;
import be.eenloket.shared.PdfDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The letters of a request as PDFs, from checked templates: the hearing invitation, the forwarding letter and the
 * decision letter. Official text in Dutch (language legislation for Flemish local authorities), followed by an
 * informal English or French translation when the request's language says so. A decision letter that lacks a
 * required mention (Handvest van de sociaal verzekerde) is never produced: without one, the appeal term might never
 * start. Every letter read is one access-log row.
 */
@Service
public class Letters {

	/** The mentions every decision letter carries, each in an element marked {@code data-mention}. */
	static final List<String> DECISION_MENTIONS = List.of("decision", "reasons", "legal-basis", "appeal-court",
			"appeal-term", "appeal-how", "consult-file", "contact");

	public enum Kind {

		HEARING("socialcases/letter-hearing-pdf", "hoorrecht"), FORWARD("socialcases/letter-forward-pdf", "doorverwijzing"),
		DECISION("socialcases/letter-decision-pdf", "beslissing");

		final String template;

		final String fileName;

		Kind(String template, String fileName) {
			this.template = template;
			this.fileName = fileName;
		}

	}

	/** A rendered letter. */
	public record Letter(String fileName, byte[] pdf) {
	}

	private final CaseFileRepository files;

	private final FileAccess access;

	private final StaffAccounts staff;

	private final PdfDocuments pdf;

	private final SpringTemplateEngine templates;

	private final CaseFiles caseFiles;

	private final Clock clock;

	private final String municipalityName;

	private final String courtName;

	private final String courtAddress;

	Letters(CaseFileRepository files, FileAccess access, StaffAccounts staff, PdfDocuments pdf,
			SpringTemplateEngine templates, CaseFiles caseFiles, Clock clock,
			@Value("${eenloket.municipality.name}") String municipalityName,
			@Value("${eenloket.socialcases.labour-court.name}") String courtName,
			@Value("${eenloket.socialcases.labour-court.address}") String courtAddress) {
		this.files = files;
		this.access = access;
		this.staff = staff;
		this.pdf = pdf;
		this.templates = templates;
		this.caseFiles = caseFiles;
		this.clock = clock;
		this.municipalityName = municipalityName;
		this.courtName = courtName;
		this.courtAddress = courtAddress;
	}

	/** A letter of one request, after the need-to-know check; the read is logged. */
	@Transactional
	public Letter letter(long fileId, long requestId, Kind kind, Viewer viewer) {
		var file = files.findById(fileId).orElseThrow(() -> new CaseFileNotFound(fileId));
		var request = file.getRequests().stream().filter(r -> r.getId() == requestId).findFirst()
			.orElseThrow(() -> new CaseFileNotFound(fileId));
		RuleViolation.require(file.getAnonymisedOn() == null, null, "caseFile.anonymised");
		switch (kind) {
			case HEARING -> RuleViolation.require(request.getHearingAt() != null, null, "letter.hearing.notPlanned");
			case FORWARD -> RuleViolation.require(request.getStatus() == AidRequest.Status.FORWARDED, null,
					"letter.forward.notForwarded");
			case DECISION -> RuleViolation.require(request.getDecision() != null, null, "letter.decision.notDecided");
		}
		access.read(file, viewer, FileAccess.What.LETTER, "Brief " + kind.fileName + " " + request.getRegisterNumber());
		var context = new Context(Locale.forLanguageTag("nl"));
		context.setVariable("file", file);
		context.setVariable("request", request);
		context.setVariable("applicant", file.applicant().orElse(null));
		var contact = file.getWorkers().stream().findFirst().orElse(file.getOpenedBy());
		context.setVariable("contact", staff.displayName(contact));
		context.setVariable("municipalityName", municipalityName);
		context.setVariable("courtName", courtName);
		context.setVariable("courtAddress", courtAddress);
		context.setVariable("legalBasis", caseFiles.legalBasisLabel(request.getLegalBasis()));
		context.setVariable("clock", request.clock());
		context.setVariable("appealMonths", LegalClock.APPEAL_MONTHS);
		context.setVariable("printedOn", LocalDate.now(clock));
		context.setVariable("translation", "en".equals(request.getLanguage()) || "fr".equals(request.getLanguage())
				? request.getLanguage() : null);
		context.setVariable("css", css());
		var html = templates.process(kind.template, context);
		if (kind == Kind.DECISION) {
			check(html);
		}
		return new Letter(kind.fileName + "-" + request.getRegisterNumber() + ".pdf", pdf.render(html));
	}

	/** Refuses a decision letter that lacks a required mention or has one empty. */
	static void check(String html) {
		for (var mention : DECISION_MENTIONS) {
			var marker = "data-mention=\"" + mention + "\"";
			var at = html.indexOf(marker);
			if (at < 0) {
				throw new IllegalStateException("The decision letter lacks the required mention " + mention);
			}
			var contentStart = html.indexOf('>', at) + 1;
			var contentEnd = html.indexOf("</", contentStart);
			if (contentEnd <= contentStart || html.substring(contentStart, contentEnd).isBlank()) {
				throw new IllegalStateException("The decision letter has an empty mention " + mention);
			}
		}
	}

	private static String css() {
		try {
			return new ClassPathResource("static/css/receipt-print.css").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

package be.eenloket.socialcases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import be.eenloket.kernel.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A home visit or an interview of the social investigation: when it took place, who recorded it and what was found.
 * Written once and never changed (a correction is a new entry), so the record of the investigation stays honest.
 */
@Entity
@Table(name = "sc_investigation_entry")
public class InvestigationEntry {

	/** What kind of contact. */
	public enum Kind {

		HOME_VISIT, INTERVIEW;

		public String messageKey() {
			return "investigation.kind." + name();
		}

	}

	public static final int MAX_FINDINGS = 4000;

	/**
	 * How long before the first request's receipt a visit may have taken place: a household is often seen before it
	 * files its request (a first interview, a visit on a signal); earlier than that belongs to another story.
	 */
	public static final int DAYS_BEFORE_RECEIPT = 30;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseFileId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private LocalDate happenedOn;

	private String recordedBy;

	private OffsetDateTime recordedAt;

	@Convert(converter = InvestigationTexts.Findings.class)
	@Column(name = "findings_cipher")
	private String findings;

	private UUID formToken;

	@Version
	private long version;

	protected InvestigationEntry() {
	}

	/**
	 * Logs a visit or interview of the file {@code caseFileId}.
	 * @param earliest the earliest plausible date: the file's first receipt minus {@link #DAYS_BEFORE_RECEIPT} days
	 */
	static InvestigationEntry log(long caseFileId, Kind kind, LocalDate happenedOn, String findings,
			LocalDate earliest, LocalDate today, String by, Instant now, UUID formToken) {
		RuleViolation.require(kind != null, "kind", "investigation.entry.kind.required");
		RuleViolation.require(happenedOn != null, "happenedOn", "investigation.entry.date.required");
		RuleViolation.require(!happenedOn.isAfter(today), "happenedOn", "investigation.entry.date.future");
		RuleViolation.require(!happenedOn.isBefore(earliest), "happenedOn", "investigation.entry.date.tooEarly",
				earliest.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		RuleViolation.require(findings != null && !findings.isBlank(), "findings", "investigation.entry.findings.required");
		RuleViolation.require(findings.strip().length() <= MAX_FINDINGS, "findings", "investigation.entry.findings.tooLong",
				String.valueOf(MAX_FINDINGS));
		var entry = new InvestigationEntry();
		entry.caseFileId = caseFileId;
		entry.kind = kind;
		entry.happenedOn = happenedOn;
		entry.findings = findings.strip();
		entry.recordedBy = by;
		entry.recordedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		entry.formToken = formToken;
		return entry;
	}

	public Long getId() {
		return id;
	}

	public long getCaseFileId() {
		return caseFileId;
	}

	public Kind getKind() {
		return kind;
	}

	public LocalDate getHappenedOn() {
		return happenedOn;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public OffsetDateTime getRecordedAt() {
		return recordedAt;
	}

	public String getFindings() {
		return findings;
	}

	public long getVersion() {
		return version;
	}

	/** The findings line by line, so a page shows the worker's line breaks without markup from the text. */
	public List<String> lines() {
		return lines(findings);
	}

	static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}

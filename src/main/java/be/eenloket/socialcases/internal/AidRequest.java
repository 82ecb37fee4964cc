package be.eenloket.socialcases.internal;

import java.time.LocalDate;

import be.eenloket.frontdesk.SocialAidRequestType;
import be.eenloket.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One request (aanvraag) in a case file, with its own legal clock and decision. Part of the {@link CaseFile}
 * aggregate: it changes only through the file, which guards the state.
 */
@Entity
@Table(name = "sc_aid_request")
public class AidRequest {

	/** Where a request stands. */
	public enum Status {

		/** Under investigation in this OCMW. */
		OPEN,
		/** Sent on to the competent OCMW: no decision here. */
		FORWARDED,
		/** Decided, not yet notified. */
		DECIDED,
		/** The decision was notified: the appeal term runs. */
		NOTIFIED;

		public String messageKey() {
			return "request.status." + name();
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long intakeId;

	private String registerNumber;

	@Enumerated(EnumType.STRING)
	private SocialAidRequestType type;

	private String language;

	private LocalDate receivedOn;

	@Enumerated(EnumType.STRING)
	private Status status = Status.OPEN;

	private LocalDate forwardedOn;

	private String forwardedTo;

	@Convert(converter = EncryptedText.class)
	@Column(name = "forward_reasons_cipher")
	private String forwardReasons;

	protected AidRequest() {
	}

	AidRequest(long intakeId, String registerNumber, SocialAidRequestType type, String language, LocalDate receivedOn) {
		this.intakeId = intakeId;
		this.registerNumber = registerNumber;
		this.type = type;
		this.language = language;
		this.receivedOn = receivedOn;
	}

	public LegalClock clock() {
		return new LegalClock(receivedOn);
	}

	/** Sends the request on to the competent OCMW, with the reasons the applicant is told in writing. */
	void forward(String competentOcmw, String reasons, LocalDate on, LocalDate today) {
		RuleViolation.require(status == Status.OPEN, null, "request.forward.notOpen");
		RuleViolation.require(competentOcmw != null && !competentOcmw.isBlank(), "forwardedTo", "request.forward.to.required");
		RuleViolation.require(reasons != null && !reasons.isBlank(), "reasons", "request.forward.reasons.required");
		RuleViolation.require(on != null, "forwardedOn", "request.forward.date.required");
		RuleViolation.require(!on.isBefore(receivedOn), "forwardedOn", "request.date.beforeReceipt", receivedOn);
		RuleViolation.require(!on.isAfter(today), "forwardedOn", "request.date.future");
		this.status = Status.FORWARDED;
		this.forwardedTo = competentOcmw.strip();
		this.forwardReasons = reasons.strip();
		this.forwardedOn = on;
	}

	public Long getId() {
		return id;
	}

	public long getIntakeId() {
		return intakeId;
	}

	public String getRegisterNumber() {
		return registerNumber;
	}

	public SocialAidRequestType getType() {
		return type;
	}

	public String getLanguage() {
		return language;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public Status getStatus() {
		return status;
	}

	public LocalDate getForwardedOn() {
		return forwardedOn;
	}

	public String getForwardedTo() {
		return forwardedTo;
	}

	public String getForwardReasons() {
		return forwardReasons;
	}

}

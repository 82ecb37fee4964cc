package be.eenloket.socialcases.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;

import be.eenloket.frontdesk.SocialAidRequestType;
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
		/** A proposal for the BCSD is ready. */
		PROPOSED,
		/** Decided, not yet notified. */
		DECIDED,
		/** The decision was notified: the appeal term runs. */
		NOTIFIED;

		public String messageKey() {
			return "request.status." + name();
		}

	}

	/** What is (proposed to be) decided. */
	public enum Decision {

		GRANTED, REFUSED;

		public String messageKey() {
			return "request.decision." + name();
		}

	}

	/** Who decided: the BCSD in a meeting, or its chair alone in an urgent case (to be ratified). */
	public enum DecidedBy {

		BCSD, CHAIR

	}

	/** How the decision reached the applicant (OW art. 62bis). */
	public enum NotificationMethod {

		REGISTERED_LETTER, AGAINST_RECEIPT;

		public String messageKey() {
			return "request.notification." + name();
		}

	}

	/** Kinds of aid a proposal to grant must state an amount and a period for. */
	static final EnumSet<SocialAidRequestType> FINANCIAL = EnumSet.of(SocialAidRequestType.LEEFLOON,
			SocialAidRequestType.FINANCIELE_STEUN, SocialAidRequestType.HUURWAARBORG);

	/** How far ahead a hearing can be planned. */
	static final int HEARING_MAX_DAYS_AHEAD = 60;

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

	private LocalDateTime hearingAt;

	private String hearingPlace;

	private LocalDate hearingInvitedOn;

	@Convert(converter = EncryptedText.class)
	@Column(name = "hearing_outcome_cipher")
	private String hearingOutcome;

	@Enumerated(EnumType.STRING)
	private Decision proposedDecision;

	@Convert(converter = EncryptedText.class)
	@Column(name = "proposal_reasons_cipher")
	private String proposalReasons;

	private String legalBasis;

	private BigDecimal amount;

	private LocalDate aidFrom;

	private LocalDate aidUntil;

	private LocalDate proposedOn;

	private String proposedBy;

	@Enumerated(EnumType.STRING)
	private Decision decision;

	private LocalDate decidedOn;

	@Enumerated(EnumType.STRING)
	private DecidedBy decidedBy;

	private Boolean ratified;

	private LocalDate notifiedOn;

	@Enumerated(EnumType.STRING)
	private NotificationMethod notificationMethod;

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

	/** Invites the applicant to be heard (RMI art. 20): when, where, and the date of the written invitation. */
	void planHearing(LocalDateTime at, String place, LocalDate invitedOn, LocalDate today) {
		RuleViolation.require(status == Status.OPEN || status == Status.PROPOSED, null, "request.hearing.notOpen");
		RuleViolation.require(at != null, "hearingAt", "request.hearing.at.required");
		RuleViolation.require(place != null && !place.isBlank(), "place", "request.hearing.place.required");
		RuleViolation.require(invitedOn != null, "invitedOn", "request.hearing.invitedOn.required");
		RuleViolation.require(!invitedOn.isBefore(receivedOn), "invitedOn", "request.date.beforeReceipt", receivedOn);
		RuleViolation.require(!invitedOn.isAfter(today), "invitedOn", "request.date.future");
		RuleViolation.require(!at.toLocalDate().isBefore(invitedOn), "hearingAt", "request.hearing.beforeInvitation");
		RuleViolation.require(!at.toLocalDate().isAfter(today.plusDays(HEARING_MAX_DAYS_AHEAD)), "hearingAt",
				"request.hearing.tooFar", HEARING_MAX_DAYS_AHEAD);
		this.hearingAt = at;
		this.hearingPlace = place.strip();
		this.hearingInvitedOn = invitedOn;
		this.hearingOutcome = null;
	}

	/** What came out of the hearing, once it took place. */
	void recordHearingOutcome(String outcome, LocalDateTime now) {
		RuleViolation.require(hearingAt != null, null, "request.hearing.notPlanned");
		RuleViolation.require(!now.isBefore(hearingAt), "outcome", "request.hearing.notYetHeld");
		RuleViolation.require(outcome != null && !outcome.isBlank(), "outcome", "request.hearing.outcome.required");
		this.hearingOutcome = outcome.strip();
	}

	/** The social worker's reasoned draft decision for the BCSD; a new proposal replaces the previous one. */
	void propose(Decision draft, String reasons, String basis, BigDecimal amount, LocalDate from, LocalDate until,
			LocalDate today, String by) {
		RuleViolation.require(status == Status.OPEN || status == Status.PROPOSED, null, "request.proposal.notOpen");
		RuleViolation.require(draft != null, "decision", "request.proposal.decision.required");
		RuleViolation.require(reasons != null && !reasons.isBlank(), "reasons", "request.proposal.reasons.required");
		RuleViolation.require(basis != null && !basis.isBlank(), "legalBasis", "request.proposal.legalBasis.required");
		var financialGrant = draft == Decision.GRANTED && FINANCIAL.contains(type);
		if (financialGrant) {
			RuleViolation.require(amount != null, "amount", "request.proposal.amount.required");
			RuleViolation.require(from != null, "aidFrom", "request.proposal.from.required");
			RuleViolation.require(until != null, "aidUntil", "request.proposal.until.required");
		}
		if (amount != null) {
			RuleViolation.require(amount.signum() > 0 && amount.compareTo(new BigDecimal("100000")) <= 0
					&& amount.scale() <= 2, "amount", "request.proposal.amount.range");
		}
		RuleViolation.require((from == null) == (until == null), from == null ? "aidFrom" : "aidUntil",
				"request.proposal.period.both");
		if (from != null) {
			RuleViolation.require(!from.isBefore(receivedOn.minusYears(1)), "aidFrom", "request.proposal.from.range");
			RuleViolation.require(until.isAfter(from), "aidUntil", "request.proposal.until.afterFrom");
			RuleViolation.require(!until.isAfter(from.plusYears(1)), "aidUntil", "request.proposal.until.range");
		}
		this.proposedDecision = draft;
		this.proposalReasons = reasons.strip();
		this.legalBasis = basis;
		this.amount = amount;
		this.aidFrom = from;
		this.aidUntil = until;
		this.proposedOn = today;
		this.proposedBy = by;
		this.status = Status.PROPOSED;
	}

	/** The proposal is decided as drafted, by the BCSD or urgently by its chair. */
	void decide(LocalDate on, DecidedBy by, LocalDate today) {
		RuleViolation.require(status == Status.PROPOSED, null, "request.decide.notProposed");
		RuleViolation.require(on != null && !on.isBefore(receivedOn), "decidedOn", "request.date.beforeReceipt", receivedOn);
		RuleViolation.require(!on.isAfter(today), "decidedOn", "request.date.future");
		this.decision = proposedDecision;
		this.decidedOn = on;
		this.decidedBy = by;
		this.ratified = by == DecidedBy.CHAIR ? Boolean.FALSE : null;
		this.status = Status.DECIDED;
	}

	/** The BCSD did not adopt the proposal: back to investigation, for a new proposal (the clock runs on). */
	void proposalRejected() {
		RuleViolation.require(status == Status.PROPOSED, null, "request.decide.notProposed");
		this.proposedDecision = null;
		this.proposalReasons = null;
		this.legalBasis = null;
		this.amount = null;
		this.aidFrom = null;
		this.aidUntil = null;
		this.proposedOn = null;
		this.proposedBy = null;
		this.status = Status.OPEN;
	}

	/** The BCSD ratified the chair's urgent decision. */
	void ratify() {
		RuleViolation.require(decidedBy == DecidedBy.CHAIR && Boolean.FALSE.equals(ratified), null,
				"request.ratify.notPending");
		this.ratified = Boolean.TRUE;
	}

	/** The decision was sent (registered letter) or handed over against receipt on {@code on}. */
	void notify(LocalDate on, NotificationMethod method, LocalDate today) {
		RuleViolation.require(status == Status.DECIDED, null, "request.notify.notDecided");
		RuleViolation.require(method != null, "method", "request.notify.method.required");
		RuleViolation.require(on != null, "notifiedOn", "request.notify.date.required");
		RuleViolation.require(!on.isBefore(decidedOn), "notifiedOn", "request.notify.beforeDecision", decidedOn);
		RuleViolation.require(!on.isAfter(today), "notifiedOn", "request.date.future");
		this.notifiedOn = on;
		this.notificationMethod = method;
		this.status = Status.NOTIFIED;
	}

	public boolean isFinancial() {
		return FINANCIAL.contains(type);
	}

	public LocalDateTime getHearingAt() {
		return hearingAt;
	}

	public String getHearingPlace() {
		return hearingPlace;
	}

	public LocalDate getHearingInvitedOn() {
		return hearingInvitedOn;
	}

	public String getHearingOutcome() {
		return hearingOutcome;
	}

	public Decision getProposedDecision() {
		return proposedDecision;
	}

	public String getProposalReasons() {
		return proposalReasons;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public LocalDate getAidFrom() {
		return aidFrom;
	}

	public LocalDate getAidUntil() {
		return aidUntil;
	}

	public LocalDate getProposedOn() {
		return proposedOn;
	}

	public Decision getDecision() {
		return decision;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public DecidedBy getDecidedBy() {
		return decidedBy;
	}

	public Boolean getRatified() {
		return ratified;
	}

	public LocalDate getNotifiedOn() {
		return notifiedOn;
	}

	public NotificationMethod getNotificationMethod() {
		return notificationMethod;
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

package be.eenloket.socialcases.internal;

import java.time.LocalDate;

import be.eenloket.kernel.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item on a BCSD meeting's agenda: a proposal to decide, or a chair's urgent decision to ratify. */
@Entity
@Table(name = "sc_bcsd_item")
public class BcsdItem {

	public enum Kind {

		DECISION, RATIFICATION;

		public String messageKey() {
			return "bcsd.item.kind." + name();
		}

	}

	public enum Outcome {

		ADOPTED, REJECTED;

		public String messageKey() {
			return "bcsd.item.outcome." + name();
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private long requestId;

	private long caseFileId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private LocalDate addedOn;

	private boolean urgent;

	private Boolean urgencyConfirmed;

	private Integer votesFor;

	private Integer votesAgainst;

	private Integer votesAbstain;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	protected BcsdItem() {
	}

	BcsdItem(int position, long requestId, long caseFileId, Kind kind, LocalDate addedOn, boolean urgent) {
		this.position = position;
		this.requestId = requestId;
		this.caseFileId = caseFileId;
		this.kind = kind;
		this.addedOn = addedOn;
		this.urgent = urgent;
	}

	/**
	 * The vote: the proposal is adopted by an absolute majority of the votes cast (more for than against; a tie
	 * rejects). Abstentions count towards the votes present, never more votes than members present.
	 */
	Outcome vote(int forVotes, int against, int abstain, boolean urgencyAccepted, int present) {
		RuleViolation.require(outcome == null, null, "bcsd.vote.already");
		RuleViolation.require(forVotes >= 0 && against >= 0 && abstain >= 0, "votesFor", "bcsd.vote.negative");
		RuleViolation.require(forVotes + against + abstain <= present, "votesFor", "bcsd.vote.aboveAttendance", present);
		RuleViolation.require(forVotes + against + abstain > 0, "votesFor", "bcsd.vote.none");
		RuleViolation.require(!urgent || urgencyAccepted, "urgencyConfirmed", "bcsd.vote.urgency");
		this.votesFor = forVotes;
		this.votesAgainst = against;
		this.votesAbstain = abstain;
		this.urgencyConfirmed = urgent ? Boolean.TRUE : null;
		this.outcome = forVotes > against ? Outcome.ADOPTED : Outcome.REJECTED;
		return outcome;
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public long getRequestId() {
		return requestId;
	}

	public long getCaseFileId() {
		return caseFileId;
	}

	public Kind getKind() {
		return kind;
	}

	public LocalDate getAddedOn() {
		return addedOn;
	}

	public boolean isUrgent() {
		return urgent;
	}

	void markUrgent() {
		this.urgent = true;
	}

	public Integer getVotesFor() {
		return votesFor;
	}

	public Integer getVotesAgainst() {
		return votesAgainst;
	}

	public Integer getVotesAbstain() {
		return votesAbstain;
	}

	public Outcome getOutcome() {
		return outcome;
	}

}

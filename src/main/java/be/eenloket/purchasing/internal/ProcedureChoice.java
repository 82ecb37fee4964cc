package be.eenloket.purchasing.internal;

import java.time.LocalDate;

import be.eenloket.kernel.RuleViolation;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Which award procedure a purchase follows: the one the threshold table proposes at submission, the one the
 * purchaser confirms (never a lighter one), and the splitting guard's flag with the justification the purchaser
 * must then give. Embedded in {@link PurchaseRequest} (the request's own columns).
 */
@Embeddable
public class ProcedureChoice {

	@Enumerated(EnumType.STRING)
	private Procedure proposedProcedure;

	private String proposalReason;

	@Enumerated(EnumType.STRING)
	private Procedure procedure;

	private LocalDate procedureOn;

	private boolean splitFlag;

	private String splitReason;

	private String splitJustification;

	void propose(ThresholdTable.Proposal proposal, String reason) {
		this.proposedProcedure = proposal.procedure();
		this.proposalReason = reason;
	}

	/** Flags the request when, with the entity's other purchases of the category this year, it crosses a limit. */
	void flagSplitting(String reason) {
		this.splitFlag = reason != null;
		this.splitReason = reason;
	}

	/** The proposed procedure or a stricter one; a flagged request needs a justification of some substance. */
	void confirm(Procedure chosen, String justification, LocalDate today) {
		RuleViolation.require(chosen != null, "procedure", "purchasing.procedure.required");
		RuleViolation.require(chosen.isAtLeastAsStrictAs(proposedProcedure), "procedure",
				"purchasing.procedure.lighterThanProposed");
		if (splitFlag) {
			RuleViolation.require(justification != null && justification.strip().length() >= 20, "splitJustification",
					"purchasing.splitting.justificationRequired");
			this.splitJustification = justification.strip();
		}
		this.procedure = chosen;
		this.procedureOn = today;
	}

	public Procedure getProposed() {
		return proposedProcedure;
	}

	public String getProposalReason() {
		return proposalReason;
	}

	/** The confirmed procedure, {@code null} until the purchaser confirms. */
	public Procedure getChosen() {
		return procedure;
	}

	public LocalDate getChosenOn() {
		return procedureOn;
	}

	public boolean isSplitFlag() {
		return splitFlag;
	}

	public String getSplitReason() {
		return splitReason;
	}

	public String getSplitJustification() {
		return splitJustification;
	}

}

package be.eenloket.purchasing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import be.eenloket.kernel.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The part of a purchase one legal entity pays, on a budget code of its own: committed, given its visum and
 * approved for that entity on its own. Part of the {@link PurchaseRequest} aggregate.
 */
@Entity
@Table(name = "pu_request_share")
public class RequestShare {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private String legalEntityCode;

	private Long budgetCodeId;

	private BigDecimal amount;

	private BigDecimal percentage;

	private boolean toCouncil;

	private boolean committed;

	@Enumerated(EnumType.STRING)
	private Visum visum = Visum.PENDING;

	private String visumRemark;

	private String visumBy;

	private LocalDate visumOn;

	@Enumerated(EnumType.STRING)
	private DecisionBody body;

	private String approvedBy;

	private LocalDate decisionDate;

	private String decisionNumber;

	protected RequestShare() {
	}

	RequestShare(int position, BudgetCode code, BigDecimal amount, BigDecimal percentage) {
		this.position = position;
		this.legalEntityCode = code.getLegalEntityCode();
		this.budgetCodeId = code.getId();
		this.amount = amount;
		this.percentage = percentage;
	}

	void routeToCouncil() {
		this.toCouncil = true;
	}

	void exempt(LocalDate today) {
		this.visum = Visum.EXEMPT;
		this.visumOn = today;
		this.committed = true;
	}

	void visum(Visum decision, String remark, String by, LocalDate today) {
		RuleViolation.require(visum == Visum.PENDING, "decision", "purchasing.visum.alreadyGiven", legalEntityCode);
		RuleViolation.require(decision == Visum.GIVEN || decision == Visum.CONDITIONAL || decision == Visum.REFUSED,
				"decision", "purchasing.visum.decisionRequired");
		RuleViolation.require(decision == Visum.GIVEN || (remark != null && !remark.isBlank()), "remark",
				"purchasing.visum.remarkRequired");
		this.visum = decision;
		this.visumRemark = remark == null || remark.isBlank() ? null : remark.strip();
		this.visumBy = by;
		this.visumOn = today;
		// the visum precedes the commitment (DLB art. 177): only now is the share committed on its budget code
		this.committed = decision.clears();
	}

	void approve(DecisionBody decidedBy, String by, LocalDate decisionDate, String decisionNumber) {
		RuleViolation.require(body == null, "body", "purchasing.approval.alreadyApproved", legalEntityCode);
		RuleViolation.require(visum.clears(), "body", "purchasing.approval.visumFirst", legalEntityCode);
		this.body = decidedBy;
		this.approvedBy = by;
		this.decisionDate = decisionDate;
		this.decisionNumber = decisionNumber;
	}

	public boolean isApproved() {
		return body != null;
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public String getLegalEntityCode() {
		return legalEntityCode;
	}

	public Long getBudgetCodeId() {
		return budgetCodeId;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public BigDecimal getPercentage() {
		return percentage;
	}

	public boolean isToCouncil() {
		return toCouncil;
	}

	public boolean isCommitted() {
		return committed;
	}

	public Visum getVisum() {
		return visum;
	}

	public String getVisumRemark() {
		return visumRemark;
	}

	public String getVisumBy() {
		return visumBy;
	}

	public LocalDate getVisumOn() {
		return visumOn;
	}

	public DecisionBody getBody() {
		return body;
	}

	public String getApprovedBy() {
		return approvedBy;
	}

	public LocalDate getDecisionDate() {
		return decisionDate;
	}

	public String getDecisionNumber() {
		return decisionNumber;
	}

}

package be.eenloket.purchasing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import be.eenloket.organisation.OrganisationUnitId;
import be.eenloket.shared.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A purchase request (aankoopaanvraag) from a unit, with the shares that say which legal entities pay, and what
 * follows: procedure, visum, approval per entity, order, delivery and invoices. Every step checks where the
 * request stands; a step out of turn is a {@link RuleViolation} and changes nothing.
 */
@Entity
@Table(name = "pu_request")
public class PurchaseRequest {

	static final Set<BigDecimal> VAT_RATES = Set.of(BigDecimal.ZERO, new BigDecimal("6"), new BigDecimal("12"),
			new BigDecimal("21"));

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String number;

	private String title;

	private String category;

	private BigDecimal estimatedValue;

	private BigDecimal vatRate;

	private LocalDate desiredDate;

	private String justification;

	private Long unitId;

	private String unitName;

	private String requestedBy;

	private LocalDate requestedOn;

	private int budgetYear;

	@Enumerated(EnumType.STRING)
	private RequestStatus status = RequestStatus.SUBMITTED;

	@Enumerated(EnumType.STRING)
	private Procedure proposedProcedure;

	private String proposalReason;

	@Enumerated(EnumType.STRING)
	private Procedure procedure;

	private LocalDate procedureOn;

	private boolean splitFlag;

	private String splitReason;

	private String splitJustification;

	private Long contractId;

	private Long supplierId;

	private String orderNumber;

	private LocalDate orderedOn;

	private Long deliveryBuildingId;

	private String deliveryAddress;

	private LocalDate deliveredOn;

	private String closingRemark;

	private UUID formToken;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "request_id", nullable = false)
	@OrderBy("position")
	private List<RequestShare> shares = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "request_id", nullable = false)
	@OrderBy("position")
	private List<OrderLine> lines = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "request_id", nullable = false)
	@OrderBy("position")
	private List<Invoice> invoices = new ArrayList<>();

	protected PurchaseRequest() {
	}

	/** What a department head asks for. */
	public record Draft(String title, String category, BigDecimal estimatedValue, BigDecimal vatRate,
			LocalDate desiredDate, String justification) {
	}

	/** One payer: a budget code (of the payer's entity) and the amount it carries. */
	public record ShareDraft(BudgetCode budgetCode, BigDecimal amount, BigDecimal percentage) {
	}

	/** Submits a request; the shares must add up to the estimated value, each on a code of its entity and year. */
	public static PurchaseRequest submit(String number, Draft draft, List<ShareDraft> shares, OrganisationUnitId unit,
			String unitName, String requestedBy, LocalDate today, UUID formToken) {
		RuleViolation.require(draft.title() != null && !draft.title().isBlank(), "title", "purchasing.request.title.required");
		RuleViolation.require(Categories.exists(draft.category()), "category", "purchasing.request.category.invalid");
		var value = Money.positive(draft.estimatedValue(), "estimatedValue");
		RuleViolation.require(draft.vatRate() != null && VAT_RATES.stream().anyMatch(rate -> rate.compareTo(draft.vatRate()) == 0),
				"vatRate", "purchasing.request.vatRate.invalid");
		Dates.plausible(draft.desiredDate(), "desiredDate");
		RuleViolation.require(!draft.desiredDate().isBefore(today) && !draft.desiredDate().isAfter(today.plusYears(5)),
				"desiredDate", "purchasing.request.desiredDate.range");
		RuleViolation.require(draft.justification() != null && !draft.justification().isBlank(), "justification",
				"purchasing.request.justification.required");
		RuleViolation.require(!shares.isEmpty(), "shares", "purchasing.split.none");
		var request = new PurchaseRequest();
		request.number = number;
		request.title = draft.title().strip();
		request.category = draft.category();
		request.estimatedValue = value;
		request.vatRate = draft.vatRate();
		request.desiredDate = draft.desiredDate();
		request.justification = draft.justification().strip();
		request.unitId = unit.value();
		request.unitName = unitName;
		request.requestedBy = requestedBy;
		request.requestedOn = today;
		request.budgetYear = draft.desiredDate().getYear();
		request.formToken = formToken;
		var entities = new HashSet<String>();
		var sum = BigDecimal.ZERO;
		for (var i = 0; i < shares.size(); i++) {
			var share = shares.get(i);
			var code = share.budgetCode();
			var field = "shares[" + i + "].budgetCodeId";
			RuleViolation.require(code != null, field, "purchasing.split.budgetCodeRequired");
			RuleViolation.require(code.getBudgetYear() == request.budgetYear, field, "purchasing.split.budgetCodeYear",
					code.getBudgetYear(), request.budgetYear);
			RuleViolation.require(entities.add(code.getLegalEntityCode()), field, "purchasing.split.entityTwice",
					code.getLegalEntityCode());
			var amount = Money.positive(share.amount(), "shares[" + i + "].value");
			sum = sum.add(amount);
			request.shares.add(new RequestShare(i + 1, code, amount, share.percentage()));
		}
		RuleViolation.require(sum.compareTo(value) == 0, "shares", "purchasing.split.amountsSum", Money.format(sum),
				Money.format(value));
		return request;
	}

	/** Flags the request when, with the entity's other purchases of the category this year, it crosses a limit. */
	void flagSplitting(String reason) {
		this.splitFlag = reason != null;
		this.splitReason = reason;
	}

	void propose(ThresholdTable.Proposal proposal, String reason) {
		this.proposedProcedure = proposal.procedure();
		this.proposalReason = reason;
	}

	/**
	 * The purchaser confirms the proposed procedure or a stricter one. Each share is checked against the credit
	 * still free on its budget code: without enough credit the purchase must go to the entity's council, which
	 * the purchaser says explicitly. Shares covered by the visum exemption are committed at once.
	 */
	void confirmProcedure(Procedure chosen, String justification, boolean routeToCouncil,
			java.util.function.Function<RequestShare, BigDecimal> freeCredit, Predicate<RequestShare> exempt,
			LocalDate today) {
		requireStatus(RequestStatus.SUBMITTED);
		RuleViolation.require(chosen != null, "procedure", "purchasing.procedure.required");
		RuleViolation.require(chosen.isAtLeastAsStrictAs(proposedProcedure), "procedure",
				"purchasing.procedure.lighterThanProposed");
		if (splitFlag) {
			RuleViolation.require(justification != null && justification.strip().length() >= 20, "splitJustification",
					"purchasing.splitting.justificationRequired");
			this.splitJustification = justification.strip();
		}
		for (var share : shares) {
			var free = freeCredit.apply(share);
			if (free.compareTo(share.getAmount()) < 0) {
				RuleViolation.require(routeToCouncil, "routeToCouncil", "purchasing.credit.insufficient",
						share.getLegalEntityCode(), Money.format(free), Money.format(share.getAmount()));
				share.routeToCouncil();
			}
		}
		this.procedure = chosen;
		this.procedureOn = today;
		for (var share : shares) {
			if (exempt.test(share)) {
				share.exempt(today);
			}
		}
		this.status = shares.stream().allMatch(share -> share.getVisum().clears()) ? RequestStatus.AWAITING_APPROVAL
				: RequestStatus.AWAITING_VISUM;
	}

	/** The financial director's visum on one entity's share; a refusal ends the request. */
	void visum(String legalEntityCode, Visum decision, String remark, String by, LocalDate today) {
		requireStatus(RequestStatus.AWAITING_VISUM);
		share(legalEntityCode).visum(decision, remark, by, today);
		if (decision == Visum.REFUSED) {
			this.status = RequestStatus.REJECTED;
			this.closingRemark = remark.strip();
		}
		else if (shares.stream().allMatch(share -> share.getVisum().clears())) {
			this.status = RequestStatus.AWAITING_APPROVAL;
		}
	}

	/** Records the decision of the competent body for one entity; all entities approved makes it orderable. */
	void approve(String legalEntityCode, DecisionBody body, String by, LocalDate decisionDate, String decisionNumber) {
		requireStatus(RequestStatus.AWAITING_APPROVAL);
		share(legalEntityCode).approve(body, by, decisionDate, decisionNumber);
		if (shares.stream().allMatch(RequestShare::isApproved)) {
			this.status = RequestStatus.APPROVED;
		}
	}

	/** The competent body refused: nothing is ordered and the commitments fall away. */
	void refuse(String remark) {
		requireStatus(RequestStatus.AWAITING_APPROVAL);
		RuleViolation.require(remark != null && !remark.isBlank(), "remark", "purchasing.approval.remarkRequired");
		this.status = RequestStatus.REJECTED;
		this.closingRemark = remark.strip();
	}

	public record LineDraft(String description, BigDecimal quantity, BigDecimal unitPrice) {
	}

	/** Places the order: only when every share has its visum (or exemption) and its approval. */
	void order(String orderNumber, Supplier supplier, List<LineDraft> lineDrafts, long buildingId, String address,
			Long contractId, LocalDate today) {
		RuleViolation.require(status == RequestStatus.APPROVED, "supplierId", "purchasing.order.notApproved");
		RuleViolation.require(shares.stream().allMatch(share -> share.getVisum().clears() && share.isApproved()),
				"supplierId", "purchasing.order.notApproved");
		RuleViolation.require(supplier != null, "supplierId", "purchasing.order.supplierRequired");
		RuleViolation.require(!lineDrafts.isEmpty(), "lines", "purchasing.order.noLines");
		for (var i = 0; i < lineDrafts.size(); i++) {
			var line = lineDrafts.get(i);
			lines.add(new OrderLine(i + 1, line.description(), line.quantity(), line.unitPrice()));
		}
		var total = lines.stream().map(OrderLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
		RuleViolation.require(total.compareTo(estimatedValue) <= 0, "lines", "purchasing.order.exceedsCommitment",
				Money.format(total), Money.format(estimatedValue));
		this.orderNumber = orderNumber;
		this.supplierId = supplier.getId();
		this.deliveryBuildingId = buildingId;
		this.deliveryAddress = address;
		this.contractId = contractId;
		this.orderedOn = today;
		this.status = RequestStatus.ORDERED;
	}

	/** What was received, per order line (in line order). */
	void registerDelivery(List<BigDecimal> received, LocalDate today) {
		RuleViolation.require(status == RequestStatus.ORDERED || status == RequestStatus.DELIVERED, "received",
				"purchasing.delivery.notOrdered");
		RuleViolation.require(received.size() == lines.size(), "received", "purchasing.delivery.quantity");
		for (var i = 0; i < lines.size(); i++) {
			lines.get(i).receive(received.get(i));
		}
		this.deliveredOn = today;
		this.status = RequestStatus.DELIVERED;
	}

	void registerInvoice(String supplierReference, LocalDate invoiceDate, BigDecimal amount, String by, LocalDate today) {
		RuleViolation.require(status == RequestStatus.ORDERED || status == RequestStatus.DELIVERED
				|| status == RequestStatus.INVOICED, "amount", "purchasing.invoice.notOrdered");
		RuleViolation.require(invoices.stream().noneMatch(invoice -> invoice.getSupplierReference()
			.equalsIgnoreCase(supplierReference == null ? "" : supplierReference.strip())), "supplierReference",
				"purchasing.invoice.duplicate");
		invoices.add(new Invoice(invoices.size() + 1, supplierReference, invoiceDate, amount, by, orderedOn, today));
		if (status == RequestStatus.DELIVERED) {
			this.status = RequestStatus.INVOICED;
		}
	}

	/** The purchaser withdraws a request that has not been ordered. */
	void cancel(String remark) {
		RuleViolation.require(status.ordinal() < RequestStatus.ORDERED.ordinal(), "remark",
				"purchasing.request.cannotCancel");
		RuleViolation.require(remark != null && !remark.isBlank(), "remark", "purchasing.request.cancelRemark");
		this.status = RequestStatus.CANCELLED;
		this.closingRemark = remark.strip();
	}

	public ThreeWayCheck threeWayCheck(BigDecimal tolerancePercent) {
		return ThreeWayCheck.of(lines, invoices, tolerancePercent);
	}

	public RequestShare share(String legalEntityCode) {
		return shares.stream().filter(share -> share.getLegalEntityCode().equals(legalEntityCode)).findFirst()
			.orElseThrow(() -> new RuleViolation("legalEntity", "purchasing.share.unknown", legalEntityCode));
	}

	/** The entity whose order series numbers the order and whose address receives the invoice: the largest payer. */
	public RequestShare leadShare() {
		return shares.stream().max(java.util.Comparator.comparing(RequestShare::getAmount)
			.thenComparing(share -> -share.getPosition())).orElseThrow();
	}

	private void requireStatus(RequestStatus expected) {
		if (status != expected) {
			throw RuleViolation.ofForm("purchasing.request.wrongStatus", status.name());
		}
	}

	public BigDecimal valueInclVat() {
		return Money.of(estimatedValue.add(estimatedValue.multiply(vatRate).movePointLeft(2)));
	}

	public Long getId() {
		return id;
	}

	public String getNumber() {
		return number;
	}

	public String getTitle() {
		return title;
	}

	public String getCategory() {
		return category;
	}

	public BigDecimal getEstimatedValue() {
		return estimatedValue;
	}

	public BigDecimal getVatRate() {
		return vatRate;
	}

	public LocalDate getDesiredDate() {
		return desiredDate;
	}

	public String getJustification() {
		return justification;
	}

	public Long getUnitId() {
		return unitId;
	}

	public String getUnitName() {
		return unitName;
	}

	public String getRequestedBy() {
		return requestedBy;
	}

	public LocalDate getRequestedOn() {
		return requestedOn;
	}

	public int getBudgetYear() {
		return budgetYear;
	}

	public RequestStatus getStatus() {
		return status;
	}

	public Procedure getProposedProcedure() {
		return proposedProcedure;
	}

	public String getProposalReason() {
		return proposalReason;
	}

	public Procedure getProcedure() {
		return procedure;
	}

	public LocalDate getProcedureOn() {
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

	public Long getContractId() {
		return contractId;
	}

	public Long getSupplierId() {
		return supplierId;
	}

	public String getOrderNumber() {
		return orderNumber;
	}

	public LocalDate getOrderedOn() {
		return orderedOn;
	}

	public Long getDeliveryBuildingId() {
		return deliveryBuildingId;
	}

	public String getDeliveryAddress() {
		return deliveryAddress;
	}

	public LocalDate getDeliveredOn() {
		return deliveredOn;
	}

	public String getClosingRemark() {
		return closingRemark;
	}

	public UUID getFormToken() {
		return formToken;
	}

	public long getVersion() {
		return version;
	}

	public List<RequestShare> getShares() {
		return List.copyOf(shares);
	}

	public List<OrderLine> getLines() {
		return List.copyOf(lines);
	}

	public List<Invoice> getInvoices() {
		return List.copyOf(invoices);
	}

}

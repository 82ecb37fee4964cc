package be.eenloket.purchasing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.organisation.OrganisationUnitId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
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
 * request stands; a step out of turn is a {@link RuleViolation} and changes nothing. The rules over all shares
 * together are in {@link CostSplit}, the order's own data in {@link PurchaseOrder}, the comparison of ordered,
 * received and invoiced in {@link ThreeWayCheck}.
 */
@Entity
@Table(name = "pu_request")
public class PurchaseRequest {

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

	@Embedded
	private ProcedureChoice procedure = new ProcedureChoice();

	/** Null until ordered. */
	@Embedded
	private PurchaseOrder order;

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

		static final Set<BigDecimal> VAT_RATES = Set.of(BigDecimal.ZERO, new BigDecimal("6"), new BigDecimal("12"),
				new BigDecimal("21"));

		/** The draft checked for a request submitted today: texts stripped, the value rounded to cents. */
		Draft checked(LocalDate today) {
			RuleViolation.require(title != null && !title.isBlank(), "title", "purchasing.request.title.required");
			RuleViolation.require(Categories.exists(category), "category", "purchasing.request.category.invalid");
			var value = Money.positive(estimatedValue, "estimatedValue");
			RuleViolation.require(vatRate != null && VAT_RATES.stream().anyMatch(rate -> rate.compareTo(vatRate) == 0),
					"vatRate", "purchasing.request.vatRate.invalid");
			Dates.plausible(desiredDate, "desiredDate");
			RuleViolation.require(!desiredDate.isBefore(today) && !desiredDate.isAfter(today.plusYears(5)),
					"desiredDate", "purchasing.request.desiredDate.range");
			RuleViolation.require(justification != null && !justification.isBlank(), "justification",
					"purchasing.request.justification.required");
			return new Draft(title.strip(), category, value, vatRate, desiredDate, justification.strip());
		}

	}

	/** One payer: a budget code (of the payer's entity) and the amount it carries. */
	public record ShareDraft(BudgetCode budgetCode, BigDecimal amount, BigDecimal percentage) {
	}

	/** Submits a request; the shares must add up to the estimated value, each on a code of its entity and year. */
	public static PurchaseRequest submit(String number, Draft draft, List<ShareDraft> shares, OrganisationUnitId unit,
			String unitName, String requestedBy, LocalDate today, UUID formToken) {
		var checked = draft.checked(today);
		var request = new PurchaseRequest();
		request.number = number;
		request.title = checked.title();
		request.category = checked.category();
		request.estimatedValue = checked.estimatedValue();
		request.vatRate = checked.vatRate();
		request.desiredDate = checked.desiredDate();
		request.justification = checked.justification();
		request.unitId = unit.value();
		request.unitName = unitName;
		request.requestedBy = requestedBy;
		request.requestedOn = today;
		request.budgetYear = checked.desiredDate().getYear();
		request.formToken = formToken;
		request.shares.addAll(CostSplit.of(shares, request.budgetYear, request.estimatedValue));
		return request;
	}

	void propose(ThresholdTable.Proposal proposal, String reason) {
		procedure.propose(proposal, reason);
	}

	void flagSplitting(String reason) {
		procedure.flagSplitting(reason);
	}

	/**
	 * The purchaser confirms the proposed procedure or a stricter one. Each share is checked against the credit
	 * still free on its budget code: without enough credit the purchase must go to the entity's council, which
	 * the purchaser says explicitly. Shares covered by the visum exemption are committed at once.
	 */
	void confirmProcedure(Procedure chosen, String justification, boolean routeToCouncil,
			Function<RequestShare, BigDecimal> freeCredit, Predicate<RequestShare> exempt, LocalDate today) {
		requireStatus(RequestStatus.SUBMITTED);
		procedure.confirm(chosen, justification, today);
		split().checkCredit(freeCredit, routeToCouncil);
		split().exemptWhere(exempt, today);
		this.status = split().visumClearsAll() ? RequestStatus.AWAITING_APPROVAL : RequestStatus.AWAITING_VISUM;
	}

	/** The financial director's visum on one entity's share; a refusal ends the request. */
	void visum(String legalEntityCode, Visum decision, String remark, String by, LocalDate today) {
		requireStatus(RequestStatus.AWAITING_VISUM);
		share(legalEntityCode).visum(decision, remark, by, today);
		if (decision == Visum.REFUSED) {
			this.status = RequestStatus.REJECTED;
			this.closingRemark = remark.strip();
		}
		else if (split().visumClearsAll()) {
			this.status = RequestStatus.AWAITING_APPROVAL;
		}
	}

	/** Records the decision of the competent body for one entity; all entities approved makes it orderable. */
	void approve(String legalEntityCode, DecisionBody body, String by, LocalDate decisionDate, String decisionNumber) {
		requireStatus(RequestStatus.AWAITING_APPROVAL);
		share(legalEntityCode).approve(body, by, decisionDate, decisionNumber);
		if (split().approvedByAll()) {
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
		RuleViolation.require(status == RequestStatus.APPROVED && split().visumClearsAll() && split().approvedByAll(),
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
		this.order = new PurchaseOrder(orderNumber, supplier, contractId, buildingId, address, today);
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
		order.delivered(today);
		this.status = RequestStatus.DELIVERED;
	}

	void registerInvoice(String supplierReference, LocalDate invoiceDate, BigDecimal amount, String by, LocalDate today) {
		RuleViolation.require(status == RequestStatus.ORDERED || status == RequestStatus.DELIVERED
				|| status == RequestStatus.INVOICED, "amount", "purchasing.invoice.notOrdered");
		RuleViolation.require(invoices.stream().noneMatch(invoice -> invoice.getSupplierReference()
			.equalsIgnoreCase(supplierReference == null ? "" : supplierReference.strip())), "supplierReference",
				"purchasing.invoice.duplicate");
		invoices.add(new Invoice(invoices.size() + 1, supplierReference, invoiceDate, amount, by, order.getOrderedOn(),
				today));
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
		return split().of(legalEntityCode);
	}

	/** The entity whose order series numbers the order and whose address receives the invoice: the largest payer. */
	public RequestShare leadShare() {
		return split().lead();
	}

	private CostSplit split() {
		return CostSplit.over(shares);
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

	public ProcedureChoice getProcedure() {
		return procedure;
	}

	/** The order, or {@code null} before the request is ordered. */
	public PurchaseOrder getOrder() {
		return order;
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

package be.eenloket.purchasing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the purchase request and its steps. */
final class RequestForms {

	private RequestForms() {
	}

	/** One payer of the split key: a budget code and a percentage or an amount. */
	public static class ShareRow {

		private Long budgetCodeId;

		private BigDecimal value;

		public Long getBudgetCodeId() {
			return budgetCodeId;
		}

		public void setBudgetCodeId(Long budgetCodeId) {
			this.budgetCodeId = budgetCodeId;
		}

		public BigDecimal getValue() {
			return value;
		}

		public void setValue(BigDecimal value) {
			this.value = value;
		}

	}

	public static class RequestForm {

		static final int SHARE_ROWS = 3;

		@NotBlank(message = "{purchasing.request.title.required}")
		@Size(max = 200, message = "{purchasing.request.title.size}")
		private String title;

		@NotBlank(message = "{purchasing.request.category.invalid}")
		private String category;

		@NotNull(message = "{purchasing.amount.required}")
		private BigDecimal estimatedValue;

		@NotNull(message = "{purchasing.request.vatRate.invalid}")
		private BigDecimal vatRate = new BigDecimal("21");

		@NotNull(message = "{purchasing.date.required}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate desiredDate;

		@NotBlank(message = "{purchasing.request.justification.required}")
		@Size(max = 2000, message = "{purchasing.request.justification.size}")
		private String justification;

		@NotNull(message = "{purchasing.request.unitNotYours}")
		private Long unitId;

		private boolean byPercentage = true;

		private List<ShareRow> shares = new ArrayList<>();

		private UUID formToken = UUID.randomUUID();

		RequestForm() {
			for (var i = 0; i < SHARE_ROWS; i++) {
				shares.add(new ShareRow());
			}
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getCategory() {
			return category;
		}

		public void setCategory(String category) {
			this.category = category;
		}

		public BigDecimal getEstimatedValue() {
			return estimatedValue;
		}

		public void setEstimatedValue(BigDecimal estimatedValue) {
			this.estimatedValue = estimatedValue;
		}

		public BigDecimal getVatRate() {
			return vatRate;
		}

		public void setVatRate(BigDecimal vatRate) {
			this.vatRate = vatRate;
		}

		public LocalDate getDesiredDate() {
			return desiredDate;
		}

		public void setDesiredDate(LocalDate desiredDate) {
			this.desiredDate = desiredDate;
		}

		public String getJustification() {
			return justification;
		}

		public void setJustification(String justification) {
			this.justification = justification;
		}

		public Long getUnitId() {
			return unitId;
		}

		public void setUnitId(Long unitId) {
			this.unitId = unitId;
		}

		public boolean isByPercentage() {
			return byPercentage;
		}

		public void setByPercentage(boolean byPercentage) {
			this.byPercentage = byPercentage;
		}

		public List<ShareRow> getShares() {
			return shares;
		}

		public void setShares(List<ShareRow> shares) {
			this.shares = shares;
		}

		public UUID getFormToken() {
			return formToken;
		}

		public void setFormToken(UUID formToken) {
			this.formToken = formToken;
		}

	}

	/** Every step form carries the version of the request the user saw. */
	public static class StepForm {

		private Long version;

		private String procedure;

		private String splitJustification;

		private boolean routeToCouncil;

		private String legalEntity;

		private String decision;

		private String remark;

		private String body;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate decisionDate;

		private String decisionNumber;

		private Long supplierId;

		private Long buildingId;

		private Long contractId;

		private List<LineRow> lines = new ArrayList<>();

		private List<BigDecimal> received = new ArrayList<>();

		private String supplierReference;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate invoiceDate;

		private BigDecimal amount;

		public Long getVersion() {
			return version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

		public String getProcedure() {
			return procedure;
		}

		public void setProcedure(String procedure) {
			this.procedure = procedure;
		}

		public String getSplitJustification() {
			return splitJustification;
		}

		public void setSplitJustification(String splitJustification) {
			this.splitJustification = splitJustification;
		}

		public boolean isRouteToCouncil() {
			return routeToCouncil;
		}

		public void setRouteToCouncil(boolean routeToCouncil) {
			this.routeToCouncil = routeToCouncil;
		}

		public String getLegalEntity() {
			return legalEntity;
		}

		public void setLegalEntity(String legalEntity) {
			this.legalEntity = legalEntity;
		}

		public String getDecision() {
			return decision;
		}

		public void setDecision(String decision) {
			this.decision = decision;
		}

		public String getRemark() {
			return remark;
		}

		public void setRemark(String remark) {
			this.remark = remark;
		}

		public String getBody() {
			return body;
		}

		public void setBody(String body) {
			this.body = body;
		}

		public LocalDate getDecisionDate() {
			return decisionDate;
		}

		public void setDecisionDate(LocalDate decisionDate) {
			this.decisionDate = decisionDate;
		}

		public String getDecisionNumber() {
			return decisionNumber;
		}

		public void setDecisionNumber(String decisionNumber) {
			this.decisionNumber = decisionNumber;
		}

		public Long getSupplierId() {
			return supplierId;
		}

		public void setSupplierId(Long supplierId) {
			this.supplierId = supplierId;
		}

		public Long getBuildingId() {
			return buildingId;
		}

		public void setBuildingId(Long buildingId) {
			this.buildingId = buildingId;
		}

		public Long getContractId() {
			return contractId;
		}

		public void setContractId(Long contractId) {
			this.contractId = contractId;
		}

		public List<LineRow> getLines() {
			return lines;
		}

		public void setLines(List<LineRow> lines) {
			this.lines = lines;
		}

		public List<BigDecimal> getReceived() {
			return received;
		}

		public void setReceived(List<BigDecimal> received) {
			this.received = received;
		}

		public String getSupplierReference() {
			return supplierReference;
		}

		public void setSupplierReference(String supplierReference) {
			this.supplierReference = supplierReference;
		}

		public LocalDate getInvoiceDate() {
			return invoiceDate;
		}

		public void setInvoiceDate(LocalDate invoiceDate) {
			this.invoiceDate = invoiceDate;
		}

		public BigDecimal getAmount() {
			return amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

	}

	public static class LineRow {

		private String description;

		private BigDecimal quantity;

		private BigDecimal unitPrice;

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public BigDecimal getQuantity() {
			return quantity;
		}

		public void setQuantity(BigDecimal quantity) {
			this.quantity = quantity;
		}

		public BigDecimal getUnitPrice() {
			return unitPrice;
		}

		public void setUnitPrice(BigDecimal unitPrice) {
			this.unitPrice = unitPrice;
		}

		boolean isEmpty() {
			return (description == null || description.isBlank()) && quantity == null && unitPrice == null;
		}

	}

}

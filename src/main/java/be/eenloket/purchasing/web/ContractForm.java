package be.eenloket.purchasing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import be.eenloket.purchasing.internal.Contract;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The contract form. */
public class ContractForm {

	@NotBlank(message = "{purchasing.contract.reference.invalid}")
	private String reference;

	@NotBlank(message = "{purchasing.contract.title.invalid}")
	@Size(max = 200, message = "{purchasing.contract.title.size}")
	private String title;

	@NotBlank(message = "{purchasing.contract.kind.invalid}")
	private String kind;

	@NotNull(message = "{purchasing.contract.supplier.invalid}")
	private Long supplierId;

	@NotBlank(message = "{purchasing.request.category.invalid}")
	private String category;

	private List<String> legalEntities = new ArrayList<>();

	@NotNull(message = "{purchasing.date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@NotNull(message = "{purchasing.date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	private boolean tacitRenewal;

	private Integer renewalMonths;

	@NotNull(message = "{purchasing.contract.noticeMonths}")
	private Integer noticeMonths = 0;

	@NotNull(message = "{purchasing.amount.required}")
	private BigDecimal maxAmount;

	@NotBlank(message = "{purchasing.procedure.required}")
	private String procedure;

	@Size(max = 2000, message = "{purchasing.request.justification.size}")
	private String longJustification;

	private Long version;

	static ContractForm of(Contract contract) {
		var form = new ContractForm();
		form.reference = contract.getReference();
		form.title = contract.getTitle();
		form.kind = contract.getKind().name();
		form.supplierId = contract.getSupplierId();
		form.category = contract.getCategory();
		form.legalEntities = new ArrayList<>(contract.getLegalEntities());
		form.startDate = contract.getStartDate();
		form.endDate = contract.getEndDate();
		form.tacitRenewal = contract.isTacitRenewal();
		form.renewalMonths = contract.getRenewalMonths();
		form.noticeMonths = contract.getNoticeMonths();
		form.maxAmount = contract.getMaxAmount();
		form.procedure = contract.getProcedure().name();
		form.longJustification = contract.getLongJustification();
		form.version = contract.getVersion();
		return form;
	}

	public String getReference() {
		return reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public Long getSupplierId() {
		return supplierId;
	}

	public void setSupplierId(Long supplierId) {
		this.supplierId = supplierId;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public List<String> getLegalEntities() {
		return legalEntities;
	}

	public void setLegalEntities(List<String> legalEntities) {
		this.legalEntities = legalEntities;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public boolean isTacitRenewal() {
		return tacitRenewal;
	}

	public void setTacitRenewal(boolean tacitRenewal) {
		this.tacitRenewal = tacitRenewal;
	}

	public Integer getRenewalMonths() {
		return renewalMonths;
	}

	public void setRenewalMonths(Integer renewalMonths) {
		this.renewalMonths = renewalMonths;
	}

	public Integer getNoticeMonths() {
		return noticeMonths;
	}

	public void setNoticeMonths(Integer noticeMonths) {
		this.noticeMonths = noticeMonths;
	}

	public BigDecimal getMaxAmount() {
		return maxAmount;
	}

	public void setMaxAmount(BigDecimal maxAmount) {
		this.maxAmount = maxAmount;
	}

	public String getProcedure() {
		return procedure;
	}

	public void setProcedure(String procedure) {
		this.procedure = procedure;
	}

	public String getLongJustification() {
		return longJustification;
	}

	public void setLongJustification(String longJustification) {
		this.longJustification = longJustification;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}

package be.eenloket.purchasing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import be.eenloket.kernel.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A framework agreement or maintenance contract with one supplier, for one or more legal entities. */
@Entity
@Table(name = "pu_contract")
public class Contract {

	public enum Kind {

		FRAMEWORK, MAINTENANCE;

		public String messageKey() {
			return "contractKind." + name();
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String reference;

	private String title;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private Long supplierId;

	private String category;

	private LocalDate startDate;

	private LocalDate endDate;

	private boolean tacitRenewal;

	private Integer renewalMonths;

	private int noticeMonths;

	private BigDecimal maxAmount;

	private String procedure;

	private String longJustification;

	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "pu_contract_entity", joinColumns = @JoinColumn(name = "contract_id"))
	@Column(name = "legal_entity_code")
	private Set<String> legalEntities = new TreeSet<>();

	protected Contract() {
	}

	public record Values(String reference, String title, Kind kind, Supplier supplier, String category,
			Set<String> legalEntities, ContractTerms terms, BigDecimal maxAmount, Procedure procedure,
			String longJustification) {
	}

	public Contract(Values values, Instant now) {
		this.createdAt = now;
		apply(values);
	}

	void update(Values values) {
		apply(values);
	}

	private void apply(Values values) {
		RuleViolation.require(values.reference() != null && values.reference().matches("[A-Za-z0-9./-]{3,30}"),
				"reference", "purchasing.contract.reference.invalid");
		RuleViolation.require(values.title() != null && !values.title().isBlank(), "title", "purchasing.contract.title.invalid");
		RuleViolation.require(values.kind() != null, "kind", "purchasing.contract.kind.invalid");
		RuleViolation.require(values.supplier() != null, "supplierId", "purchasing.contract.supplier.invalid");
		RuleViolation.require(Categories.exists(values.category()), "category", "purchasing.request.category.invalid");
		RuleViolation.require(!values.legalEntities().isEmpty(), "legalEntities", "purchasing.contract.entities.invalid");
		RuleViolation.require(values.procedure() != null, "procedure", "purchasing.procedure.required");
		var terms = values.terms();
		var justification = values.longJustification() == null ? "" : values.longJustification().strip();
		RuleViolation.require(values.kind() != Kind.FRAMEWORK || !terms.longerThanFourYears() || justification.length() >= 20,
				"longJustification", "purchasing.contract.frameworkTooLong", ContractTerms.FRAMEWORK_YEARS);
		this.reference = values.reference().strip();
		this.title = values.title().strip();
		this.kind = values.kind();
		this.supplierId = values.supplier().getId();
		this.category = values.category();
		this.legalEntities = new TreeSet<>(values.legalEntities());
		this.startDate = terms.start();
		this.endDate = terms.end();
		this.tacitRenewal = terms.renewsTacitly();
		this.renewalMonths = terms.renewalMonths();
		this.noticeMonths = terms.noticeMonths();
		this.maxAmount = Money.positive(values.maxAmount(), "maxAmount");
		this.procedure = values.procedure().name();
		this.longJustification = justification.isEmpty() ? null : justification;
	}

	public ContractTerms terms() {
		return new ContractTerms(startDate, endDate, renewalMonths, noticeMonths);
	}

	/** Whether an order from this supplier, paid by these entities, may call off the contract today. */
	boolean allowsCallOff(Supplier supplier, Collection<String> payingEntities, LocalDate today) {
		return supplier != null && supplierId.equals(supplier.getId()) && !startDate.isAfter(today)
				&& terms().termEndOn(today).isAfter(today.minusDays(1)) && legalEntities.containsAll(payingEntities);
	}

	public Long getId() {
		return id;
	}

	public String getReference() {
		return reference;
	}

	public String getTitle() {
		return title;
	}

	public Kind getKind() {
		return kind;
	}

	public Long getSupplierId() {
		return supplierId;
	}

	public String getCategory() {
		return category;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public boolean isTacitRenewal() {
		return tacitRenewal;
	}

	public Integer getRenewalMonths() {
		return renewalMonths;
	}

	public int getNoticeMonths() {
		return noticeMonths;
	}

	public BigDecimal getMaxAmount() {
		return maxAmount;
	}

	public Procedure getProcedure() {
		return Procedure.valueOf(procedure);
	}

	public String getLongJustification() {
		return longJustification;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}

	public Set<String> getLegalEntities() {
		return Set.copyOf(legalEntities);
	}

}

package be.eenloket.purchasing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import be.eenloket.kernel.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A supplier's invoice on an order (amount excl. VAT). Part of the {@link PurchaseRequest} aggregate. */
@Entity
@Table(name = "pu_invoice")
public class Invoice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private String supplierReference;

	private LocalDate invoiceDate;

	private BigDecimal amount;

	private String registeredBy;

	protected Invoice() {
	}

	Invoice(int position, String supplierReference, LocalDate invoiceDate, BigDecimal amount, String registeredBy,
			LocalDate orderedOn, LocalDate today) {
		RuleViolation.require(supplierReference != null && !supplierReference.isBlank(), "supplierReference",
				"purchasing.invoice.reference");
		Dates.plausible(invoiceDate, "invoiceDate");
		RuleViolation.require(!invoiceDate.isBefore(orderedOn) && !invoiceDate.isAfter(today), "invoiceDate",
				"purchasing.invoice.date");
		this.position = position;
		this.supplierReference = supplierReference.strip();
		this.invoiceDate = invoiceDate;
		this.amount = Money.positive(amount, "amount");
		this.registeredBy = registeredBy;
	}

	public Long getId() {
		return id;
	}

	public String getSupplierReference() {
		return supplierReference;
	}

	public LocalDate getInvoiceDate() {
		return invoiceDate;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public String getRegisteredBy() {
		return registeredBy;
	}

}

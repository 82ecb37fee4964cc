package be.eenloket.purchasing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import be.eenloket.shared.Period;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The council's exemption from the financial director's visum for commitments of an entity up to an amount. */
@Entity
@Table(name = "pu_visum_exemption")
public class VisumExemption {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String legalEntityCode;

	private BigDecimal upToAmount;

	private LocalDate validFrom;

	private LocalDate validTo;

	private String decisionReference;

	@Version
	private long version;

	protected VisumExemption() {
	}

	public VisumExemption(String legalEntityCode, BigDecimal upToAmount, Period period, String decisionReference) {
		this.legalEntityCode = legalEntityCode;
		this.upToAmount = Money.positive(upToAmount, "amount");
		Dates.plausible(period, "validFrom");
		this.validFrom = period.from();
		this.validTo = period.to();
		this.decisionReference = decisionReference;
	}

	public boolean covers(BigDecimal amount, LocalDate day) {
		return new Period(validFrom, validTo).covers(day) && amount.compareTo(upToAmount) <= 0;
	}

	public Long getId() {
		return id;
	}

	public String getLegalEntityCode() {
		return legalEntityCode;
	}

	public BigDecimal getUpToAmount() {
		return upToAmount;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public String getDecisionReference() {
		return decisionReference;
	}

	public long getVersion() {
		return version;
	}

}

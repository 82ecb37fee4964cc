package be.eenloket.purchasing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import be.eenloket.shared.Period;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A council decision that lets a body decide on purchases of one legal entity up to an amount, for a period. */
@Entity
@Table(name = "pu_delegation")
public class Delegation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private DecisionBody body;

	private String legalEntityCode;

	/** {@code null}: no upper limit (the council itself). */
	private BigDecimal upToAmount;

	private LocalDate validFrom;

	private LocalDate validTo;

	private String decisionReference;

	@Version
	private long version;

	protected Delegation() {
	}

	public Delegation(DecisionBody body, String legalEntityCode, BigDecimal upToAmount, Period period,
			String decisionReference) {
		this.body = body;
		this.legalEntityCode = legalEntityCode;
		this.upToAmount = upToAmount == null ? null : Money.positive(upToAmount, "amount");
		Dates.plausible(period, "validFrom");
		this.validFrom = period.from();
		this.validTo = period.to();
		this.decisionReference = decisionReference;
	}

	public Period period() {
		return new Period(validFrom, validTo);
	}

	/** Whether this delegation lets its body decide on {@code amount} on {@code day}. */
	public boolean covers(BigDecimal amount, LocalDate day) {
		return period().covers(day) && (upToAmount == null || amount.compareTo(upToAmount) <= 0);
	}

	public Long getId() {
		return id;
	}

	public DecisionBody getBody() {
		return body;
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

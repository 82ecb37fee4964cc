package be.eenloket.purchasing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.shared.Period;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One line of the threshold table: a limit of the procurement law, valid for a period. */
@Entity
@Table(name = "pu_threshold")
public class Threshold {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private ThresholdKind kind;

	private BigDecimal limitAmount;

	private LocalDate validFrom;

	private LocalDate validTo;

	private String source;

	@Version
	private long version;

	protected Threshold() {
	}

	public Threshold(ThresholdKind kind, BigDecimal limit, Period period, String source) {
		this.kind = kind;
		this.limitAmount = Money.positive(limit, "amount");
		Dates.plausible(period, "validFrom");
		this.validFrom = period.from();
		this.validTo = period.to();
		this.source = source;
	}

	/** Ends this line the day before a new one starts (a new limit replaces it). */
	void endBefore(LocalDate day) {
		RuleViolation.require(day.isAfter(validFrom), "validFrom", "purchasing.threshold.startsTooEarly");
		this.validTo = day;
	}

	ThresholdTable.Row toRow() {
		return new ThresholdTable.Row(kind, limitAmount, new Period(validFrom, validTo), source);
	}

	public Long getId() {
		return id;
	}

	public ThresholdKind getKind() {
		return kind;
	}

	public BigDecimal getLimitAmount() {
		return limitAmount;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public String getSource() {
		return source;
	}

	public long getVersion() {
		return version;
	}

}

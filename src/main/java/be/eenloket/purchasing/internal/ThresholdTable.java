package be.eenloket.purchasing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.shared.Period;

/**
 * The thresholds as dated data, and the procedure they propose for an estimated value on a day. A purchase is
 * judged by the table in force on the day its procedure is chosen.
 */
public record ThresholdTable(List<Row> rows) {

	/** CPV division 45: construction work. */
	public static final String WORKS = "45";

	public record Row(ThresholdKind kind, BigDecimal limit, Period period, String source) {
	}

	/**
	 * A proposed procedure with its reason: the value, the limit that decided and the day that limit took effect.
	 *
	 * @param reasonKey message key of the reason; arguments value, limit, limit's start
	 */
	public record Proposal(Procedure procedure, String reasonKey, BigDecimal value, BigDecimal limit, LocalDate limitFrom) {
	}

	public ThresholdTable {
		rows = List.copyOf(rows);
	}

	public Optional<Row> rowOn(ThresholdKind kind, LocalDate day) {
		return rows.stream().filter(row -> row.kind() == kind && row.period().covers(day)).findFirst();
	}

	private Row required(ThresholdKind kind, LocalDate day) {
		return rowOn(kind, day).orElseThrow(() -> RuleViolation.ofForm("purchasing.threshold.missing", kind.name(), day));
	}

	/** The limits in force on the day, lowest first: the ones a request could try to stay under. */
	public List<Row> limitsOn(LocalDate day, String category) {
		var limits = new ArrayList<Row>();
		rowOn(ThresholdKind.BEPERKTE_WAARDE, day).ifPresent(limits::add);
		rowOn(ThresholdKind.ONDERHANDELING_ZONDER_BEKENDMAKING, day).ifPresent(limits::add);
		rowOn(europeanKind(category), day).ifPresent(limits::add);
		return limits;
	}

	public Proposal propose(BigDecimal value, String category, LocalDate day) {
		var limited = required(ThresholdKind.BEPERKTE_WAARDE, day);
		if (value.compareTo(limited.limit()) < 0) {
			return new Proposal(Procedure.BEPERKTE_WAARDE, "purchasing.proposal.below", value, limited.limit(),
					limited.period().from());
		}
		var negotiated = required(ThresholdKind.ONDERHANDELING_ZONDER_BEKENDMAKING, day);
		if (value.compareTo(negotiated.limit()) < 0) {
			return new Proposal(Procedure.ONDERHANDELING_ZONDER_BEKENDMAKING, "purchasing.proposal.below", value,
					negotiated.limit(), negotiated.period().from());
		}
		var european = required(europeanKind(category), day);
		if (value.compareTo(european.limit()) < 0) {
			return new Proposal(Procedure.BELGISCHE_BEKENDMAKING, "purchasing.proposal.belowEuropean", value,
					european.limit(), european.period().from());
		}
		return new Proposal(Procedure.EUROPESE_BEKENDMAKING, "purchasing.proposal.european", value, european.limit(),
				european.period().from());
	}

	static ThresholdKind europeanKind(String category) {
		return WORKS.equals(category) ? ThresholdKind.EUROPESE_BEKENDMAKING_WERKEN
				: ThresholdKind.EUROPESE_BEKENDMAKING_LEVERINGEN_DIENSTEN;
	}

}

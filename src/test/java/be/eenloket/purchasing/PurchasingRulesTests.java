package be.eenloket.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.purchasing.internal.ContractTerms;
import be.eenloket.purchasing.internal.Iban;
import be.eenloket.purchasing.internal.Procedure;
import be.eenloket.purchasing.internal.SplitKey;
import be.eenloket.purchasing.internal.ThresholdKind;
import be.eenloket.purchasing.internal.ThresholdTable;
import be.eenloket.shared.Period;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The purchasing rules without Spring: thresholds on a date, split keys, notice deadlines, bank numbers. */
class PurchasingRulesTests {

	static final ThresholdTable TABLE = new ThresholdTable(List.of(
			row(ThresholdKind.BEPERKTE_WAARDE, "30000", "2017-06-30", null),
			row(ThresholdKind.ONDERHANDELING_ZONDER_BEKENDMAKING, "140000", "2022-01-01", "2024-01-01"),
			row(ThresholdKind.ONDERHANDELING_ZONDER_BEKENDMAKING, "143000", "2024-01-01", null),
			row(ThresholdKind.EUROPESE_BEKENDMAKING_LEVERINGEN_DIENSTEN, "215000", "2022-01-01", "2024-01-01"),
			row(ThresholdKind.EUROPESE_BEKENDMAKING_LEVERINGEN_DIENSTEN, "221000", "2024-01-01", "2026-01-01"),
			row(ThresholdKind.EUROPESE_BEKENDMAKING_LEVERINGEN_DIENSTEN, "216000", "2026-01-01", null),
			row(ThresholdKind.EUROPESE_BEKENDMAKING_WERKEN, "5538000", "2024-01-01", "2026-01-01"),
			row(ThresholdKind.EUROPESE_BEKENDMAKING_WERKEN, "5404000", "2026-01-01", null)));

	static ThresholdTable.Row row(ThresholdKind kind, String limit, String from, String to) {
		return new ThresholdTable.Row(kind, new BigDecimal(limit),
				new Period(LocalDate.parse(from), to == null ? null : LocalDate.parse(to)), "test");
	}

	@Test
	void theEuropeanLimitThatChangesOnFirstJanuaryDecidesByTheDayTheProcedureIsChosen() {
		var value = new BigDecimal("218000");
		var onNewYearsEve = TABLE.propose(value, "72", LocalDate.of(2025, 12, 31));
		var onNewYearsDay = TABLE.propose(value, "72", LocalDate.of(2026, 1, 1));
		assertThat(onNewYearsEve.procedure()).isEqualTo(Procedure.BELGISCHE_BEKENDMAKING);
		assertThat(onNewYearsEve.limit()).isEqualByComparingTo("221000");
		assertThat(onNewYearsDay.procedure()).isEqualTo(Procedure.EUROPESE_BEKENDMAKING);
		assertThat(onNewYearsDay.limit()).isEqualByComparingTo("216000");
		assertThat(onNewYearsDay.limitFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
	}

	@Test
	void theNegotiatedProcedureLimitOf2022StillAppliesOnTheLastDayOf2023() {
		var value = new BigDecimal("141000");
		assertThat(TABLE.propose(value, "30", LocalDate.of(2023, 12, 31)).procedure())
			.isEqualTo(Procedure.BELGISCHE_BEKENDMAKING);
		assertThat(TABLE.propose(value, "30", LocalDate.of(2024, 1, 1)).procedure())
			.isEqualTo(Procedure.ONDERHANDELING_ZONDER_BEKENDMAKING);
	}

	@Test
	void limitedValueMeansStrictlyBelowThirtyThousandAndWorksHaveTheirOwnEuropeanLimit() {
		var day = LocalDate.of(2026, 11, 27);
		assertThat(TABLE.propose(new BigDecimal("29999.99"), "30", day).procedure()).isEqualTo(Procedure.BEPERKTE_WAARDE);
		assertThat(TABLE.propose(new BigDecimal("30000.00"), "30", day).procedure())
			.isEqualTo(Procedure.ONDERHANDELING_ZONDER_BEKENDMAKING);
		assertThat(TABLE.propose(new BigDecimal("1000000"), "45", day).procedure()).isEqualTo(Procedure.BELGISCHE_BEKENDMAKING);
		assertThat(TABLE.propose(new BigDecimal("1000000"), "79", day).procedure()).isEqualTo(Procedure.EUROPESE_BEKENDMAKING);
	}

	@Test
	void aDayWithoutThresholdsIsARuleViolationNotAGuess() {
		assertThatThrownBy(() -> TABLE.propose(new BigDecimal("200000"), "30", LocalDate.of(2021, 5, 1)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("purchasing.threshold.missing");
	}

	@Test
	void procedureStrictnessAllowsOnlyStricterChoices() {
		assertThat(Procedure.EUROPESE_BEKENDMAKING.isAtLeastAsStrictAs(Procedure.BELGISCHE_BEKENDMAKING)).isTrue();
		assertThat(Procedure.BEPERKTE_WAARDE.isAtLeastAsStrictAs(Procedure.ONDERHANDELING_ZONDER_BEKENDMAKING)).isFalse();
	}

	@Test
	void percentagesMustAddUpToHundredAndTheLastShareTakesTheRoundingCent() {
		var amounts = SplitKey.byPercentages(new BigDecimal("100.00"),
				List.of(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.34")));
		assertThat(amounts).extracting(BigDecimal::toPlainString).containsExactly("33.33", "33.33", "33.34");
		var thirds = SplitKey.byPercentages(new BigDecimal("1000.00"),
				List.of(new BigDecimal("33.3333"), new BigDecimal("33.3333"), new BigDecimal("33.3334")));
		assertThat(thirds.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1000.00");
		assertThatThrownBy(() -> SplitKey.byPercentages(new BigDecimal("100"), List.of(new BigDecimal("50"), new BigDecimal("40"))))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("purchasing.split.percentagesSum");
	}

	@Test
	void amountsMustAddUpToTheEstimatedValue() {
		assertThat(SplitKey.byAmounts(new BigDecimal("84000"), List.of(new BigDecimal("42000"), new BigDecimal("42000"))))
			.hasSize(2);
		assertThatThrownBy(() -> SplitKey.byAmounts(new BigDecimal("84000"), List.of(new BigDecimal("42000"), new BigDecimal("41999.99"))))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("purchasing.split.amountsSum");
		assertThatThrownBy(() -> SplitKey.byAmounts(new BigDecimal("10"), List.of(new BigDecimal("20"), new BigDecimal("-10"))))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("purchasing.amount.positive");
	}

	@Test
	void aContractWithoutTacitRenewalHasNoNoticeDeadline() {
		var terms = new ContractTerms(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), null, 3);
		assertThat(terms.noticeDeadlineOn(LocalDate.of(2026, 6, 1))).isEmpty();
		assertThat(terms.termEndOn(LocalDate.of(2026, 6, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void noticeOfThreeMonthsBeforeTheEndOfDecemberMustBeGivenBySeptemberThirtieth() {
		var terms = new ContractTerms(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 12, 3);
		assertThat(terms.noticeDeadlineOn(LocalDate.of(2024, 3, 1))).contains(LocalDate.of(2024, 9, 30));
		// the day after the deadline the contract will renew: the next deadline is a year later
		assertThat(terms.noticeDeadlineOn(LocalDate.of(2024, 10, 1))).contains(LocalDate.of(2025, 9, 30));
		assertThat(terms.termEndOn(LocalDate.of(2026, 2, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void monthEndsAndLeapDaysFallRight() {
		// a term ending on 31 May with three months notice: the deadline is the last day of February
		var may = new ContractTerms(LocalDate.of(2027, 6, 1), LocalDate.of(2028, 5, 31), 12, 3);
		assertThat(may.noticeDeadlineOn(LocalDate.of(2028, 1, 1))).contains(LocalDate.of(2028, 2, 29));
		assertThat(may.noticeDeadlineOn(LocalDate.of(2028, 3, 1))).contains(LocalDate.of(2029, 2, 28));
		// a term ending on the leap day renews to 28 February, not to 1 March
		var leap = new ContractTerms(LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 29), 12, 1);
		assertThat(leap.termEndOn(LocalDate.of(2028, 3, 1))).isEqualTo(LocalDate.of(2029, 2, 28));
		assertThat(leap.noticeDeadlineOn(LocalDate.of(2028, 1, 15))).contains(LocalDate.of(2028, 1, 31));
	}

	@Test
	void aNoticePeriodLongerThanTheContractAndAnEndBeforeTheStartAreRefused() {
		assertThatThrownBy(() -> new ContractTerms(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), 12, 7))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("purchasing.contract.noticeLongerThanContract");
		assertThatThrownBy(() -> new ContractTerms(LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31), null, 0))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("purchasing.contract.endBeforeStart");
	}

	@Test
	void aFrameworkOfMoreThanFourYearsIsRecognised() {
		assertThat(new ContractTerms(LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31), null, 0).longerThanFourYears())
			.isFalse();
		assertThat(new ContractTerms(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 1, 1), null, 0).longerThanFourYears())
			.isTrue();
	}

	@Test
	void ibanHasItsModNinetySevenCheck() {
		assertThat(Iban.parse("BE68 5390 0754 7034")).contains("BE68539007547034");
		assertThat(Iban.parse("BE68 5390 0754 7035")).isEmpty();
		assertThat(Iban.parse("NL91ABNA0417164300")).contains("NL91ABNA0417164300");
		assertThat(Iban.parse("hello")).isEmpty();
	}

}

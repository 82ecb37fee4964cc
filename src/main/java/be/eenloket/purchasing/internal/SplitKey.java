package be.eenloket.purchasing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import be.eenloket.kernel.RuleViolation;

/** Turns a split key (percentages summing to 100, or amounts summing to the total) into the shares' amounts. */
public final class SplitKey {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private SplitKey() {
	}

	/**
	 * Amounts for percentages: each share rounded to the cent, the last share takes what rounding left so the
	 * shares add up to the total exactly.
	 */
	public static List<BigDecimal> byPercentages(BigDecimal total, List<BigDecimal> percentages) {
		var sum = BigDecimal.ZERO;
		for (var i = 0; i < percentages.size(); i++) {
			var percentage = percentages.get(i);
			RuleViolation.require(percentage != null && percentage.signum() > 0 && percentage.compareTo(HUNDRED) <= 0,
					"shares[" + i + "].value", "purchasing.split.percentage");
			sum = sum.add(percentage);
		}
		RuleViolation.require(sum.compareTo(HUNDRED) == 0, "shares", "purchasing.split.percentagesSum", sum.stripTrailingZeros().toPlainString());
		var amounts = new ArrayList<BigDecimal>();
		var assigned = BigDecimal.ZERO;
		for (var i = 0; i < percentages.size(); i++) {
			var amount = i == percentages.size() - 1 ? total.subtract(assigned)
					: total.multiply(percentages.get(i)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
			amounts.add(Money.of(amount));
			assigned = assigned.add(amount);
		}
		return amounts;
	}

	/** Amounts as given: each positive, together exactly the total. */
	public static List<BigDecimal> byAmounts(BigDecimal total, List<BigDecimal> amounts) {
		var sum = BigDecimal.ZERO;
		var result = new ArrayList<BigDecimal>();
		for (var i = 0; i < amounts.size(); i++) {
			var amount = Money.positive(amounts.get(i), "shares[" + i + "].value");
			sum = sum.add(amount);
			result.add(amount);
		}
		RuleViolation.require(sum.compareTo(total) == 0, "shares", "purchasing.split.amountsSum", Money.format(sum),
				Money.format(total));
		return result;
	}

	/**
	 * The shares for the chosen budget codes: one code carries the whole value (100 %); several are split by
	 * percentages or by amounts, {@code values} holding one per code.
	 */
	static List<PurchaseRequest.ShareDraft> shares(BigDecimal total, boolean byPercentage, List<BudgetCode> codes,
			List<BigDecimal> values) {
		if (codes.size() == 1) {
			return List.of(new PurchaseRequest.ShareDraft(codes.get(0), total, HUNDRED));
		}
		var amounts = byPercentage ? byPercentages(total, values) : byAmounts(total, values);
		var shares = new ArrayList<PurchaseRequest.ShareDraft>();
		for (var i = 0; i < codes.size(); i++) {
			shares.add(new PurchaseRequest.ShareDraft(codes.get(i), amounts.get(i), byPercentage ? values.get(i) : null));
		}
		return shares;
	}

}

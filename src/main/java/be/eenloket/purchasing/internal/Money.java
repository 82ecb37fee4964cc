package be.eenloket.purchasing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import be.eenloket.kernel.RuleViolation;

/** Amounts in euro, excluding VAT unless said otherwise: {@code BigDecimal} with scale 2. */
public final class Money {

	/** Nothing the municipality buys costs a billion: a larger amount is a typing error. */
	public static final BigDecimal ABSURD = new BigDecimal("1000000000");

	private Money() {
	}

	public static BigDecimal of(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	public static BigDecimal of(String amount) {
		return of(new BigDecimal(amount));
	}

	/** A positive, plausible amount for {@code field}, rounded to cents. */
	public static BigDecimal positive(BigDecimal amount, String field) {
		RuleViolation.require(amount != null, field, "purchasing.amount.required");
		RuleViolation.require(amount.signum() > 0, field, "purchasing.amount.positive");
		RuleViolation.require(amount.compareTo(ABSURD) < 0, field, "purchasing.amount.absurd");
		return of(amount);
	}

	public static String format(BigDecimal amount) {
		var format = java.text.NumberFormat.getCurrencyInstance(java.util.Locale.forLanguageTag("nl-BE"));
		return format.format(amount).replace('\u00a0', ' ');
	}

}

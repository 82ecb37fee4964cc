package be.eenloket.purchasing.internal;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/** An IBAN with its ISO 13616 check: the rearranged number, letters as 10–35, is 1 modulo 97. */
public final class Iban {

	private Iban() {
	}

	/** The electronic form (no spaces, upper case) when the number is valid. */
	public static Optional<String> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		var iban = text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		if (!iban.matches("[A-Z]{2}[0-9]{2}[0-9A-Z]{10,30}") || (iban.startsWith("BE") && iban.length() != 16)) {
			return Optional.empty();
		}
		var rearranged = iban.substring(4) + iban.substring(0, 4);
		var digits = new StringBuilder();
		for (var c : rearranged.toCharArray()) {
			digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
		}
		return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1 ? Optional.of(iban)
				: Optional.empty();
	}

	/** Groups of four, as printed. */
	public static String formatted(String iban) {
		return iban.replaceAll("(.{4})(?!$)", "$1 ");
	}

}

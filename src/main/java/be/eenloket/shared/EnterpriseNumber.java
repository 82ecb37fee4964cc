package be.eenloket.shared;

import java.util.Optional;

/**
 * A Belgian enterprise number (ondernemingsnummer, KBO/BCE): ten digits starting with 0 or 1, of which the last
 * two are the check digits {@code 97 - (first eight digits mod 97)}.
 *
 * @param digits the ten digits without separators, e.g. {@code 0207436293}
 */
public record EnterpriseNumber(String digits) {

	public EnterpriseNumber {
		if (!isValidDigits(digits)) {
			throw new IllegalArgumentException("Not a valid enterprise number: " + digits);
		}
	}

	/**
	 * Reads a number as people type it: with or without {@code BE}, dots, spaces or dashes, and with the old
	 * nine-digit form that lacks the leading 0.
	 */
	public static Optional<EnterpriseNumber> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		var cleaned = text.trim().toUpperCase(java.util.Locale.ROOT);
		if (cleaned.startsWith("BE")) {
			cleaned = cleaned.substring(2);
		}
		cleaned = cleaned.replaceAll("[\\s.\\-]", "");
		if (cleaned.length() == 9 && cleaned.chars().allMatch(Character::isDigit)) {
			cleaned = "0" + cleaned;
		}
		return isValidDigits(cleaned) ? Optional.of(new EnterpriseNumber(cleaned)) : Optional.empty();
	}

	public static boolean isValid(String text) {
		return parse(text).isPresent();
	}

	private static boolean isValidDigits(String digits) {
		if (digits == null || !digits.matches("[01][0-9]{9}")) {
			return false;
		}
		var base = Long.parseLong(digits.substring(0, 8));
		var check = Integer.parseInt(digits.substring(8));
		return 97 - (base % 97) == check;
	}

	/** The usual written form, e.g. {@code 0207.436.293}. */
	public String formatted() {
		return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
	}

	@Override
	public String toString() {
		return formatted();
	}

}

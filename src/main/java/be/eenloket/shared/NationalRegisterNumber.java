package be.eenloket.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A Belgian national register number (rijksregisternummer), or a BIS number for people not in the register:
 * eleven digits {@code YYMMDDSSSCC}, birth date, serial number and two check digits. The check digits are
 * {@code 97 - (first nine digits mod 97)} for people born before 2000 and the same computed over {@code 2}
 * followed by the nine digits for people born from 2000 on. BIS numbers add 20 or 40 to the month.
 *
 * @param digits the eleven digits without separators
 */
public record NationalRegisterNumber(String digits) {

	public NationalRegisterNumber {
		if (!isValidDigits(digits)) {
			throw new IllegalArgumentException("Not a valid national register number");
		}
	}

	/** Reads a number as people type it: with or without dots, dashes and spaces. */
	public static Optional<NationalRegisterNumber> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		var cleaned = text.replaceAll("[\\s.\\-]", "");
		return isValidDigits(cleaned) ? Optional.of(new NationalRegisterNumber(cleaned)) : Optional.empty();
	}

	public static boolean isValid(String text) {
		return parse(text).isPresent();
	}

	private static boolean isValidDigits(String digits) {
		if (digits == null || !digits.matches("[0-9]{11}")) {
			return false;
		}
		var base = Long.parseLong(digits.substring(0, 9));
		var check = Integer.parseInt(digits.substring(9));
		return check == 97 - (base % 97) || check == 97 - ((2_000_000_000L + base) % 97);
	}

	/** Whether the check digits say the holder was born in 2000 or later. */
	public boolean bornFrom2000() {
		var base = Long.parseLong(digits.substring(0, 9));
		return Integer.parseInt(digits.substring(9)) == 97 - ((2_000_000_000L + base) % 97)
				&& Integer.parseInt(digits.substring(9)) != 97 - (base % 97);
	}

	/**
	 * The birth date the number encodes, when it encodes a complete one (BIS numbers and people whose birth date
	 * is unknown may have month or day 0).
	 */
	public Optional<LocalDate> birthDate() {
		var year = Integer.parseInt(digits.substring(0, 2)) + (bornFrom2000() ? 2000 : 1900);
		var month = Integer.parseInt(digits.substring(2, 4)) % 20;
		var day = Integer.parseInt(digits.substring(4, 6));
		try {
			return Optional.of(LocalDate.of(year, month, day));
		}
		catch (DateTimeException unknownPart) {
			return Optional.empty();
		}
	}

	/** The usual written form, e.g. {@code 85.07.30-033.28}. */
	public String formatted() {
		return digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6) + "-"
				+ digits.substring(6, 9) + "." + digits.substring(9);
	}

	/** Deliberately not the number: it must not end up in logs by accident. */
	@Override
	public String toString() {
		return "NationalRegisterNumber[***]";
	}

}

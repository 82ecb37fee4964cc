package be.eenloket.organisation;

import java.util.regex.Pattern;

import be.eenloket.kernel.RuleViolation;

/**
 * A unit's short code (FIN, ICT, AFD-VT): a capital letter, then 1 to 19 capitals, digits or hyphens. Codes are
 * never reused, so a code names one unit for good; the database checks the same pattern.
 */
public record UnitCode(String value) {

	/** The pattern as a regular expression, for forms' Bean Validation and for the database check. */
	public static final String PATTERN = "^[A-Z][A-Z0-9-]{1,19}$";

	private static final Pattern COMPILED = Pattern.compile(PATTERN);

	public UnitCode {
		RuleViolation.require(isValid(value), "code", "unit.code.format");
	}

	public static boolean isValid(String code) {
		return code != null && COMPILED.matcher(code).matches();
	}

	@Override
	public String toString() {
		return value;
	}

}

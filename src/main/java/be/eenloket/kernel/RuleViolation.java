package be.eenloket.kernel;

import java.util.Arrays;
import java.util.List;

import org.springframework.validation.Errors;

/**
 * The one way the domain reports a broken rule: the form field it concerns ({@code null} for the whole form), the
 * message key that explains it in plain language and the key's arguments. Aggregates and services throw it;
 * controllers turn it into a field error and the error summary with {@link #addTo(Errors)}, so the user sees the
 * same message next to the field and at the top of the form, and nothing is saved (the transaction rolls back).
 * A violation that reaches no form becomes the 409 page ({@code RuleViolationAdvice}).
 */
public class RuleViolation extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient List<Object> arguments;

	public RuleViolation(String field, String messageKey, Object... arguments) {
		super(messageKey + (field == null ? "" : " (" + field + ")"), null, false, false);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	/** A violation that concerns the form as a whole rather than one field. */
	public static RuleViolation ofForm(String messageKey, Object... arguments) {
		return new RuleViolation(null, messageKey, arguments);
	}

	/** Throws a violation of {@code field} unless {@code condition} holds. */
	public static void require(boolean condition, String field, String messageKey, Object... arguments) {
		if (!condition) {
			throw new RuleViolation(field, messageKey, arguments);
		}
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public List<Object> arguments() {
		return arguments;
	}

	/** Adds this violation to a form's errors: a field error, or a global error when no field is named. */
	public void addTo(Errors errors) {
		var args = arguments.toArray();
		if (field == null || !hasField(errors, field)) {
			errors.reject(messageKey, args, null);
		}
		else {
			errors.rejectValue(field, messageKey, args, null);
		}
	}

	private static boolean hasField(Errors errors, String field) {
		try {
			// an unknown property has no type (and some binders throw): either way the violation is for the whole form
			return errors.getFieldType(field) != null;
		}
		catch (RuntimeException notReadable) {
			return false;
		}
	}

	@Override
	public String toString() {
		return "RuleViolation[" + field + ", " + messageKey + ", " + Arrays.toString(arguments.toArray()) + "]";
	}

}

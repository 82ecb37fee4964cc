package be.eenloket.organisation.internal;

/**
 * A change the organogram's rules refuse. Names the form field it concerns ({@code null} for the whole form), the
 * message key that explains it in plain Dutch, and the message arguments (e.g. what is still left in a unit).
 */
public class OrganisationProblem extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	public OrganisationProblem(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	/**
	 * Adds this problem to the form's errors, by the field when the form has it and to the whole form otherwise
	 * (the assignment form has no position field: the position is in its address).
	 */
	public void addTo(org.springframework.validation.Errors errors) {
		new be.eenloket.shared.RuleViolation(field, messageKey, arguments).addTo(errors);
	}

}

package be.eenloket.frontdesk.internal;

import be.eenloket.shared.RuleViolation;
import org.springframework.validation.Errors;

/**
 * A registration the front desk's rules refuse: names the form field ({@code null} for the whole form) and the
 * message key that explains it in plain Dutch.
 */
public class FrontDeskProblem extends RuntimeException {

	private final String field;

	private final String messageKey;

	public FrontDeskProblem(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

	/** Adds this problem to the form's errors. */
	public void addTo(Errors errors) {
		new RuleViolation(field, messageKey).addTo(errors);
	}

}

package be.eenloket.identity.internal;

/**
 * A change to an account that the rules refuse (for example removing the last administrator). Carries the
 * form field it concerns (or {@code null} for the whole form) and the message key that explains it.
 */
public class AccountRuleViolation extends RuntimeException {

	private final String field;

	private final String messageKey;

	AccountRuleViolation(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}

package be.eenloket.socialcases.internal;

/**
 * Text that did not come through a form, cleaned the way every form field is ({@code InputBindingAdvice}): trimmed,
 * and blank as {@code null}. The front desk's events and the access log's query parameters are the two sources;
 * forms need nothing of this.
 */
final class Texts {

	private Texts() {
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}

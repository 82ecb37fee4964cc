package be.eenloket.shared.web;

import java.beans.PropertyEditorSupport;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * What every text field of every form accepts: no control characters other than tab and line breaks (PostgreSQL
 * refuses a NUL byte, and none of them is ever meant) and at most {@value #MAX_LENGTH} characters (forms set
 * tighter limits where a value has a meaning). A refused value becomes a message by the field, so the form is shown
 * again instead of an error page; a refused query parameter becomes the 400 page.
 * <p>
 * A form field also arrives trimmed, and blank as {@code null}, as with Spring's {@code StringTrimmerEditor(true)}:
 * "not filled in" is one value, so no form or service cleans its own text, {@code @NotBlank} still reports an empty
 * required field and {@code @Pattern}/{@code @Email} leave an empty optional one alone. It is one editor rather than
 * two because a second editor for {@code String} would replace this one. Passwords are taken exactly as typed (the
 * login form does not trim either), and single request parameters and path variables only checked: their handlers
 * give a missing value its own meaning ({@code defaultValue}).
 */
@ControllerAdvice
class InputBindingAdvice {

	static final int MAX_LENGTH = 5000;

	@InitBinder
	void cleanText(WebDataBinder binder) {
		// a form object (a model attribute) has its target or, before it is constructed, its type
		var form = binder.getTarget() != null || binder.getTargetType() != null;
		binder.registerCustomEditor(String.class, new TextEditor(form));
		if (form) {
			binder.registerCustomEditor(String.class, "password", new TextEditor(false));
		}
		binder.setBindingErrorProcessor(new RefusedTextErrors());
	}

	/** The reason a text was refused, as the message key of the field error. */
	static final class RefusedText extends IllegalArgumentException {

		private final String code;

		RefusedText(String code) {
			super(code, null);
			this.code = code;
		}

		String code() {
			return code;
		}

	}

	static final class TextEditor extends PropertyEditorSupport {

		private final boolean trim;

		TextEditor(boolean trim) {
			this.trim = trim;
		}

		@Override
		public void setAsText(String text) {
			var checked = check(text);
			setValue(trim ? trimmed(checked) : checked);
		}

		private static String trimmed(String text) {
			if (text == null) {
				return null;
			}
			var trimmed = text.strip();
			return trimmed.isEmpty() ? null : trimmed;
		}

		@Override
		public void setValue(Object value) {
			// only text from the request is checked (setAsText): a refused value shown again in the form must render
			super.setValue(value);
		}

		@Override
		public String getAsText() {
			var value = getValue();
			return value == null ? "" : value.toString();
		}

		static String check(String text) {
			if (text == null) {
				return null;
			}
			if (text.length() > MAX_LENGTH) {
				throw new RefusedText("input.tooLong");
			}
			for (int i = 0; i < text.length(); i++) {
				var c = text.charAt(i);
				if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
					throw new RefusedText("input.controlCharacter");
				}
			}
			return text;
		}

	}

	static final class RefusedTextErrors extends DefaultBindingErrorProcessor {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
			var cause = ex.getCause();
			while (cause != null && !(cause instanceof RefusedText)) {
				cause = cause.getCause();
			}
			if (cause instanceof RefusedText refused) {
				var field = ex.getPropertyName();
				bindingResult.rejectValue(field, refused.code(), new Object[] { MAX_LENGTH }, null);
				return;
			}
			super.processPropertyAccessException(ex, bindingResult);
		}

	}

}

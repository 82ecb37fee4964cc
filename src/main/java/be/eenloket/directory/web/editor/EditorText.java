package be.eenloket.directory.web.editor;

/** How the editor's optional texts are stored: stripped, and either absent ({@code null}) or empty when blank. */
final class EditorText {

	private EditorText() {
	}

	static String orNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static String orEmpty(String value) {
		return value == null ? "" : value.strip();
	}

}

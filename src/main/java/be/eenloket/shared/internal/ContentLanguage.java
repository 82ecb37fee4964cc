package be.eenloket.shared.internal;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The organisation's own data (task and service names, descriptions, floor names) is written in Dutch only. On a
 * page in another language such text is marked {@code lang="nl"} (WCAG 3.1.2, language of parts), so a screen
 * reader pronounces it as Dutch. Templates write {@code th:lang="${@contentLanguage.mark()}"}: no attribute on a
 * Dutch page.
 */
@Component("contentLanguage")
public class ContentLanguage {

	static final String DATA_LANGUAGE = "nl";

	/** {@code "nl"} when the page is in another language, otherwise {@code null} (no attribute). */
	public String mark() {
		return DATA_LANGUAGE.equals(LocaleContextHolder.getLocale().getLanguage()) ? null : DATA_LANGUAGE;
	}

}

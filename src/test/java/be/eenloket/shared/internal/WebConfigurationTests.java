package be.eenloket.shared.internal;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The language cookie follows {@code EENLOKET_SECURE_COOKIES} like the session cookie. */
class WebConfigurationTests {

	@Test
	void behindHttpsTheLanguageCookieIsSecure() {
		var response = new MockHttpServletResponse();
		new WebConfiguration(true).localeResolver().setLocale(new MockHttpServletRequest(), response, Locale.ENGLISH);
		assertThat(response.getHeader("Set-Cookie")).contains("eenloket-lang=en").contains("Secure").contains("HttpOnly");
	}

	@Test
	void withoutHttpsItIsNot() {
		var response = new MockHttpServletResponse();
		new WebConfiguration(false).localeResolver().setLocale(new MockHttpServletRequest(), response, Locale.ENGLISH);
		assertThat(response.getHeader("Set-Cookie")).contains("eenloket-lang=en").doesNotContain("Secure");
	}

}

package be.eenloket.directory;

import java.time.LocalDate;

import be.eenloket.support.IntegrationTest;
import be.eenloket.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A question nobody asked before is put together from parts rendered earlier (issue 16): the page must be exactly
 * the page the controller renders for the same question, with the same security headers, and what the visitor
 * typed must be escaped wherever it lands.
 */
@IntegrationTest
class SearchFromPartsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	/** At the start of a minute: the parts of a minute are only used within it. */
	@BeforeEach
	void startOfAMinute() {
		clock.travelTo(LocalDate.now().atTime(10, 0));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aNewQuestionIsPutTogetherFromPartsAndIsTheSamePageTheControllerRenders() throws Exception {
		// the first question goes through the security chain and the controller, which render the parts
		anonymous("paspoort");
		// other results than the first question's: they are rendered before the chain, the layout is not
		var fromParts = anonymous("identiteitskaart");
		var rendered = staffLike("identiteitskaart");
		assertThat(fromParts.getContentAsString()).contains("Burgerzaken").contains("identiteitskaart");
		assertThat(fromParts.getContentAsString()).isEqualTo(rendered.getContentAsString());
		// put together, not stored: a stored page would carry an ETag
		assertThat(fromParts.getHeader("ETag")).isNull();
		assertThat(fromParts.getHeader("Content-Security-Policy")).contains("script-src 'self'");
		assertThat(fromParts.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(fromParts.getContentType()).isEqualTo("text/html;charset=UTF-8");
	}

	@Test
	void nothingFoundIsPutTogetherToo() throws Exception {
		anonymous("qqqzzzxxx");
		var fromParts = anonymous("wwwvvvkkk");
		assertThat(fromParts.getContentAsString()).contains("We vonden niets voor &quot;wwwvvvkkk&quot;")
			.isEqualTo(staffLike("wwwvvvkkk").getContentAsString());
	}

	@Test
	void whatTheVisitorTypedIsEscapedInTheTitleTheBoxTheHeadingAndTheLanguageLink() throws Exception {
		anonymous("paspoort");
		var hostile = "paspoort \"><script>alert(1)</script>&'";
		var page = anonymous(hostile).getContentAsString();
		assertThat(page).doesNotContain("<script>").doesNotContain("alert(1)</script>");
		assertThat(page).contains("value=\"paspoort &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;&#39;\"");
		assertThat(page).contains("/zoeken?q=paspoort+%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E%26%27&amp;lang=en");
		assertThat(page).isEqualTo(staffLike(hostile).getContentAsString());
	}

	@Test
	void englishVisitorsGetTheEnglishParts() throws Exception {
		mvc.perform(get("/zoeken").param("q", "passport").cookie(new jakarta.servlet.http.Cookie("eenloket-lang", "en")));
		var page = mvc.perform(get("/zoeken").param("q", "passport office")
			.cookie(new jakarta.servlet.http.Cookie("eenloket-lang", "en"))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("lang=\"en\"").contains("for &quot;passport office&quot;");
	}

	private MockHttpServletResponse anonymous(String query) throws Exception {
		return mvc.perform(get("/zoeken").param("q", query)).andReturn().getResponse();
	}

	/** The same question as a visitor with a session: always through the chain and the controller. */
	private MockHttpServletResponse staffLike(String query) throws Exception {
		return mvc.perform(get("/zoeken").param("q", query).with(request -> {
			request.setRequestedSessionId("no-such-session");
			return request;
		})).andReturn().getResponse();
	}

}

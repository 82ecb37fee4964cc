package be.eenloket.frontdesk.web;

import java.util.regex.Pattern;

import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The console's results from kept parts (issue 16): a kept result is the same HTML as a freshly rendered one, except
 * that every contact form gets a new one-time token on every request, and the question lands escaped in every form.
 */
@IntegrationTest
class ConsolePagesTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"formToken\" value=\"([0-9a-f-]{36})\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsolePages pages;

	@Test
	void aKeptResultIsTheRenderedOneWithNewTokens() throws Exception {
		pages.clear();
		var first = console("paspoort");
		var kept = pages.size();
		assertThat(kept).isPositive();
		var second = console("paspoort");
		assertThat(pages.size()).as("the second search renders no part").isEqualTo(kept);
		assertThat(first).contains("Burgerzaken").contains("name=\"q\" value=\"paspoort\"");
		var firstTokens = TOKEN.matcher(first).results().map(match -> match.group(1)).toList();
		var secondTokens = TOKEN.matcher(second).results().map(match -> match.group(1)).toList();
		assertThat(firstTokens).isNotEmpty().doesNotHaveDuplicates().hasSameSizeAs(secondTokens);
		assertThat(secondTokens).doesNotContainAnyElementsOf(firstTokens).doesNotHaveDuplicates();
		assertThat(withoutTokensAndCsrf(second)).isEqualTo(withoutTokensAndCsrf(first));
	}

	@Test
	void theQuestionIsEscapedInEveryContactForm() throws Exception {
		console("paspoort");
		var page = console("paspoort \"><script>alert(1)</script>");
		assertThat(page).doesNotContain("<script>alert(1)");
		assertThat(page).contains("name=\"q\" value=\"paspoort &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"");
	}

	@Test
	void staffRowsAreKeptToo() throws Exception {
		pages.clear();
		var first = console("Peeters");
		var kept = pages.size();
		var second = console("Peeters");
		assertThat(pages.size()).isEqualTo(kept).isPositive();
		assertThat(first).contains("<th scope=\"row\">");
		assertThat(withoutTokensAndCsrf(second)).isEqualTo(withoutTokensAndCsrf(first));
	}

	private String console(String query) throws Exception {
		return mvc.perform(get("/onthaal").param("q", query).with(user("onthaal").roles("FRONT_DESK")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String withoutTokensAndCsrf(String page) {
		return TOKEN.matcher(page).replaceAll("name=\"formToken\" value=\"T\"")
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"C\"");
	}

}

package be.eenloket.shared;

import be.eenloket.support.IntegrationTest;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Error pages are Dutch pages in the normal layout, never a stack trace. */
@IntegrationTest
class ErrorPagesTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource({ "400, Deze vraag begrijpen we niet", "403, U heeft geen toegang tot deze pagina",
			"404, Deze pagina bestaat niet", "405, Dit kan hier niet", "500, Er ging iets mis bij ons" })
	void eachErrorHasItsOwnDutchPage(int status, String heading) throws Exception {
		mvc.perform(get("/error").accept("text/html")
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/iets")
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("geheime details")))
			.andExpect(status().is(status))
			.andExpect(content().string(allOf(containsString("<h1>" + heading + "</h1>"), containsString("lang=\"nl\""),
					containsString("Naar de inhoud"), not(containsString("geheime details")),
					not(containsString("IllegalStateException")), not(containsString("at be.eenloket")))));
	}

	@Test
	void anUnknownAddressGivesTheDutchNotFoundPage() throws Exception {
		mvc.perform(get("/deze/pagina/bestaat/niet").accept("text/html"))
			.andExpect(status().isNotFound());
	}

	@Test
	void englishVisitorsGetEnglishErrorPages() throws Exception {
		mvc.perform(get("/error").accept("text/html").param("lang", "en")
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
			.andExpect(content().string(containsString("This page does not exist")));
	}

	@Test
	void aStaffPageWithoutTheRoleIsForbidden() throws Exception {
		mvc.perform(get("/admin/accounts").with(user("onthaal").roles("FRONT_DESK")).accept("text/html"))
			.andExpect(status().isForbidden());
	}

}

package be.eenloket.socialcases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import be.eenloket.frontdesk.SocialAidRequestType;
import be.eenloket.socialcases.internal.CaseFiles;
import be.eenloket.socialcases.internal.ManagementFigures;
import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Monthly figures without names: small counts hidden, only for the head and the algemeen directeur. */
@IntegrationTest
class SocialFiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	ManagementFigures figures;

	@Autowired
	Clock clock;

	@Test
	void countsFromOneToFourAreHiddenAndLargerCountsShown() throws Exception {
		var files = new SocialCaseFiles(jdbc, caseFiles);
		var month = YearMonth.from(LocalDate.now(clock)).minusMonths(11);
		for (var i = 0; i < 3; i++) {
			files.openedFor("wouter", month.atDay(10 + i));
		}
		var cell = monthOf(month).received();
		assertThat(cell.value()).isEqualTo(3);
		assertThat(cell.hidden()).isTrue();
		mvc.perform(get("/sociale-dienst/cijfers").with(user("hoofd").roles("SOCIAL_SERVICE_HEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt; 5"), containsString("Leefloon"),
					not(containsString("Persoon")))));

		for (var i = 0; i < 3; i++) {
			files.openedFor("wouter", month.atDay(20 + i));
		}
		assertThat(monthOf(month).received().hidden()).isFalse();
		assertThat(monthOf(month).requestsByType().get(SocialAidRequestType.LEEFLOON).value()).isEqualTo(6);
		assertThat(figures.lastYear().overdueNow().value()).isGreaterThanOrEqualTo(6);
	}

	@Test
	void onlyTheHeadAndTheGeneralDirectorSeeTheFigures() throws Exception {
		mvc.perform(get("/sociale-dienst/cijfers").with(user("ad").roles("GENERAL_DIRECTOR"))).andExpect(status().isOk());
		for (var role : new String[] { "SOCIAL_WORKER", "DPO", "ADMIN", "BCSD_SECRETARY" }) {
			mvc.perform(get("/sociale-dienst/cijfers").with(user("x").roles(role))).andExpect(status().isForbidden());
		}
	}

	private ManagementFigures.Month monthOf(YearMonth month) {
		return figures.lastYear().months().stream().filter(m -> m.month().equals(month)).findFirst().orElseThrow();
	}

}

package be.eenloket.socialcases;

import java.time.Clock;
import java.time.LocalDate;

import be.eenloket.socialcases.internal.CaseFiles;
import be.eenloket.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A request from hearing to notified decision, through the BCSD: proposal, agenda, notice, attendance, vote, the
 * decision letter with every required mention, the notification; and the bad input refused on the way.
 */
@IntegrationTest
class SocialRequestTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	Clock clock;

	SocialCaseFiles files;

	@BeforeEach
	void testData() {
		files = new SocialCaseFiles(jdbc, caseFiles);
	}

	@Test
	void fromHearingThroughTheBcsdToANotifiedDecisionWithACompleteLetter() throws Exception {
		var today = LocalDate.now(clock);
		var fileId = files.openedFor("wouter", today.minusDays(10));
		var requestId = requestOf(fileId);
		var base = "/sociale-dienst/dossiers/" + fileId + "/aanvragen/" + requestId;

		mvc.perform(post(base + "/hoorrecht").with(wouter()).with(csrf()).param("version", version(fileId))
			.param("hearingAt", today.plusDays(2).toString()).param("hearingTime", "10:30")
			.param("place", "Sociaal Huis, lokaal 2").param("invitedOn", today.toString()))
			.andExpect(redirectedUrl(base));
		var invitation = pdfText(base + "/hoorrecht.pdf", wouter());
		assertThat(invitation).contains("hoorrecht", "Sociaal Huis, lokaal 2", "10:30",
				"U mag zich laten bijstaan of vertegenwoordigen door een persoon naar keuze");

		// a decision without reasons or legal basis is refused and nothing is saved
		mvc.perform(post(base + "/voorstel").with(wouter()).with(csrf()).param("version", version(fileId))
			.param("decision", "GRANTED").param("reasons", "").param("legalBasis", "")
			.param("amount", "1214,13").param("aidFrom", today.minusDays(10).toString())
			.param("aidUntil", today.plusMonths(6).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Geef de motivering")));
		mvc.perform(post(base + "/voorstel").with(wouter()).with(csrf()).param("version", version(fileId))
			.param("decision", "GRANTED").param("reasons", "Geen inkomen sinds het einde van de werkloosheidsuitkering.")
			.param("legalBasis", "NIET_IN_DE_LIJST").param("amount", "1214.13"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies de wettelijke grondslag uit de lijst")));
		assertThat(requestStatus(requestId)).isEqualTo("OPEN");

		// an agenda item not yet proposed is refused
		var secretary = user("bcsd").roles("BCSD_SECRETARY");
		mvc.perform(post("/bcsd/vergaderingen").with(secretary).with(csrf())
			.param("meetingDate", today.toString()).param("meetingTime", "23:00").param("place", "Raadzaal")
			.param("members", "8"))
			.andExpect(redirectedUrlPattern("/bcsd/vergaderingen/*"));
		var meetingId = jdbc.sql("select max(id) from sc_bcsd_meeting").query(Long.class).single();
		var meeting = "/bcsd/vergaderingen/" + meetingId;
		mvc.perform(post(meeting + "/agendapunten").with(secretary).with(csrf()).param("version", meetingVersion(meetingId))
			.param("requestId", String.valueOf(requestId)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Alleen een aanvraag met een klaar voorstel kan op de agenda")));

		mvc.perform(post(base + "/voorstel").with(wouter()).with(csrf()).param("version", version(fileId))
			.param("decision", "GRANTED").param("reasons", "Geen inkomen sinds het einde van de werkloosheidsuitkering.")
			.param("legalBasis", "RMI_14").param("amount", "1214.13").param("aidFrom", today.minusDays(10).toString())
			.param("aidUntil", today.plusMonths(6).toString()))
			.andExpect(redirectedUrl(base));
		assertThat(requestStatus(requestId)).isEqualTo("PROPOSED");

		mvc.perform(post(meeting + "/agendapunten").with(secretary).with(csrf()).param("version", meetingVersion(meetingId))
			.param("requestId", String.valueOf(requestId)))
			.andExpect(redirectedUrl(meeting));
		// members read nothing before the notice
		mvc.perform(get(meeting + "/agenda").with(user("bcsdlid").roles("BCSD_MEMBER"))).andExpect(status().isForbidden());
		mvc.perform(post(meeting + "/oproeping").with(secretary).with(csrf()).param("version", meetingVersion(meetingId)))
			.andExpect(redirectedUrl(meeting));
		mvc.perform(get(meeting + "/agenda").with(user("bcsdlid").roles("BCSD_MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Geen inkomen sinds het einde"), containsString("Dringend"))));
		assertThat(jdbc.sql("select count(*) from sc_access_log where case_file_id = ? and username = 'bcsdlid' and purpose = 'BCSD'")
			.param(fileId).query(Long.class).single()).isOne();

		mvc.perform(post(meeting + "/aanwezigheid").with(secretary).with(csrf()).param("version", meetingVersion(meetingId))
			.param("present", "7"))
			.andExpect(redirectedUrl(meeting));
		var itemId = jdbc.sql("select id from sc_bcsd_item where meeting_id = ?").param(meetingId).query(Long.class).single();
		// more votes than members present
		mvc.perform(post(meeting + "/stemmingen").with(secretary).with(csrf()).param("version", meetingVersion(meetingId))
			.param("itemId", String.valueOf(itemId)).param("votesFor", "6").param("votesAgainst", "2")
			.param("votesAbstain", "0").param("urgencyConfirmed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("meer stemmen dan aanwezige leden")));
		// the item came after the notice deadline: urgent, needs the 2/3 mention
		mvc.perform(post(meeting + "/stemmingen").with(secretary).with(csrf()).param("version", meetingVersion(meetingId))
			.param("itemId", String.valueOf(itemId)).param("votesFor", "5").param("votesAgainst", "1")
			.param("votesAbstain", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hoogdringendheid aanvaardde")));
		assertThat(requestStatus(requestId)).isEqualTo("PROPOSED");
		mvc.perform(post(meeting + "/stemmingen").with(secretary).with(csrf()).param("version", meetingVersion(meetingId))
			.param("itemId", String.valueOf(itemId)).param("votesFor", "5").param("votesAgainst", "1")
			.param("votesAbstain", "1").param("urgencyConfirmed", "true"))
			.andExpect(redirectedUrl(meeting));
		assertThat(requestStatus(requestId)).isEqualTo("DECIDED");
		mvc.perform(post(meeting + "/afsluiten").with(secretary).with(csrf()).param("version", meetingVersion(meetingId)))
			.andExpect(redirectedUrl(meeting));
		mvc.perform(get(meeting + "/agenda").with(user("bcsdlid").roles("BCSD_MEMBER"))).andExpect(status().isForbidden());

		var letter = pdfText(base + "/beslissing.pdf", wouter());
		assertThat(letter).contains("Beslissing over uw aanvraag", "beslist uw aanvraag toe te kennen",
				"Geen inkomen sinds het einde van de werkloosheidsuitkering.",
				"Wet van 26 mei 2002 betreffende het recht op maatschappelijke integratie, artikel 14",
				"Arbeidsrechtbank Gent", "Opgeëistenlaan 401 E, 9000 Gent", "binnen 3 maanden",
				"verzoekschrift", "recht uw dossier in te kijken", "Uw contactpersoon", "€ 1.214,13")
			.doesNotContain("Informal translation");

		// a notification before the decision is refused
		mvc.perform(post(base + "/betekening").with(wouter()).with(csrf()).param("version", version(fileId))
			.param("notifiedOn", today.minusDays(1).toString()).param("method", "REGISTERED_LETTER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("kan niet voor de beslissing")));
		mvc.perform(post(base + "/betekening").with(wouter()).with(csrf()).param("version", version(fileId))
			.param("notifiedOn", today.toString()).param("method", "REGISTERED_LETTER"))
			.andExpect(redirectedUrl(base));
		assertThat(requestStatus(requestId)).isEqualTo("NOTIFIED");
		mvc.perform(get(base).with(wouter()))
			.andExpect(content().string(containsString(
					today.plusMonths(3).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
		var reasons = jdbc.sql("select proposal_reasons_cipher from sc_aid_request where id = ?").param(requestId)
			.query(byte[].class).single();
		assertThat(new String(reasons, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("inkomen");
	}

	@Test
	void theChairDecidesUrgentlyAndTheNextMeetingOffersItForRatificationWithAnEnglishTranslationInTheLetter()
			throws Exception {
		var today = LocalDate.now(clock);
		var fileId = files.openedFor("wouter", today.minusDays(3));
		var requestId = requestOf(fileId);
		jdbc.sql("update sc_aid_request set language = 'en' where id = ?").param(requestId).update();
		var base = "/sociale-dienst/dossiers/" + fileId + "/aanvragen/" + requestId;
		mvc.perform(post(base + "/voorstel").with(wouter()).with(csrf()).param("version", version(fileId))
			.param("decision", "REFUSED").param("reasons", "Het inkomen ligt boven de grens.").param("legalBasis", "RMI_14"))
			.andExpect(redirectedUrl(base));
		var chair = user("voorzitterbcsd").roles("BCSD_CHAIR");
		mvc.perform(get("/bcsd/spoedbeslissingen").with(chair)).andExpect(status().isOk());
		mvc.perform(post("/bcsd/spoedbeslissingen").with(chair).with(csrf()).param("requestId", String.valueOf(requestId)))
			.andExpect(redirectedUrl("/bcsd/spoedbeslissingen"));
		assertThat(jdbc.sql("select decided_by || ' ' || ratified from sc_aid_request where id = ?").param(requestId)
			.query(String.class).single()).isEqualTo("CHAIR false");

		mvc.perform(post("/bcsd/vergaderingen").with(user("bcsd").roles("BCSD_SECRETARY")).with(csrf())
			.param("meetingDate", today.plusDays(20).toString()).param("meetingTime", "19:00").param("place", "Raadzaal")
			.param("members", "8"));
		var meetingId = jdbc.sql("select max(id) from sc_bcsd_meeting").query(Long.class).single();
		mvc.perform(get("/bcsd/vergaderingen/" + meetingId).with(user("bcsd").roles("BCSD_SECRETARY")))
			.andExpect(content().string(containsString("Bekrachtiging")));

		var letter = pdfText(base + "/beslissing.pdf", wouter());
		assertThat(letter).contains("bij hoogdringendheid beslist uw aanvraag te weigeren", "Informal translation (English)",
				"Only the Dutch text above is legally valid", "decided to refuse your request");
	}

	private String pdfText(String url, RequestPostProcessor who) throws Exception {
		var response = mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		try (var document = Loader.loadPDF(response.getContentAsByteArray())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private static RequestPostProcessor wouter() {
		return user("wouter").roles("SOCIAL_WORKER");
	}

	private long requestOf(long fileId) {
		return jdbc.sql("select id from sc_aid_request where case_file_id = ?").param(fileId).query(Long.class).single();
	}

	private String requestStatus(long requestId) {
		return jdbc.sql("select status from sc_aid_request where id = ?").param(requestId).query(String.class).single();
	}

	private String version(long fileId) {
		return String.valueOf(jdbc.sql("select version from sc_case_file where id = ?").param(fileId).query(Long.class).single());
	}

	private String meetingVersion(long meetingId) {
		return String.valueOf(jdbc.sql("select version from sc_bcsd_meeting where id = ?").param(meetingId)
			.query(Long.class).single());
	}

}

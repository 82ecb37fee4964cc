package be.eenloket.socialcases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import be.eenloket.identity.Role;
import be.eenloket.socialcases.internal.AidRequest;
import be.eenloket.socialcases.internal.Anonymisation;
import be.eenloket.socialcases.internal.BcsdMeetings;
import be.eenloket.socialcases.internal.CaseFile;
import be.eenloket.socialcases.internal.CaseFiles;
import be.eenloket.socialcases.internal.FileAccess;
import be.eenloket.socialcases.internal.FollowUps;
import be.eenloket.socialcases.internal.ManagementFigures;
import be.eenloket.socialcases.internal.Viewer;
import be.eenloket.support.IntegrationTest;
import be.eenloket.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Retention with a moving clock: a closed file is listed for the DPO only once the retention period has run out; the
 * approved run erases its personal data (checked in the raw tables), the management figures stay the same, a second
 * run does nothing, a returning person gets a new file, and nobody but the DPO opens the page.
 */
@IntegrationTest
class SocialRetentionTests {

	static final String PAGE = "/sociale-dienst/bewaartermijn";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	BcsdMeetings meetings;

	@Autowired
	FollowUps followUps;

	@Autowired
	FileAccess access;

	@Autowired
	Anonymisation anonymisation;

	@Autowired
	java.util.List<be.eenloket.socialcases.internal.PersonalDataEraser> erasers;

	@Test
	void theRunAlsoErasesTheSocialInvestigation() {
		assertThat(erasers).hasAtLeastOneElementOfType(be.eenloket.socialcases.internal.Investigation.class);
	}

	@Autowired
	ManagementFigures figures;

	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void aFileIsListedOncePastRetentionAndTheApprovedRunErasesItsPersonalDataButNotTheFigures() throws Exception {
		var years = anonymisation.retentionYears();
		var closedOn = LocalDate.now(clock).minusYears(years).minusDays(40);
		clock.travelTo(closedOn);
		var name = "Zwxq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
		var nrn = TestPeople.nextNrn();
		var worker = new Viewer("wouter", EnumSet.of(Role.SOCIAL_WORKER));
		var files = new SocialCaseFiles(jdbc, caseFiles);
		var decided = caseFiles.openFromIntake(files.takenIntake("wouter", nrn, "Anna", name, closedOn), worker);
		var forwarded = files.openedFor("wouter", closedOn);
		decideNotifyAndClose(decided, worker, name);
		caseFiles.forward(forwarded, version(forwarded), request(forwarded), "OCMW Eeklo", "Woont in Eeklo", closedOn,
				worker);
		caseFiles.close(forwarded, version(forwarded), CaseFile.ClosureReason.MOVED, worker);
		var before = figures.lastYear();
		var numbers = List.of(fileNumber(decided), fileNumber(forwarded));

		// one day short of the retention period: not listed
		clock.travelTo(closedOn.plusYears(years).minusDays(1));
		assertThat(anonymisation.awaiting()).extracting(Anonymisation.Awaiting::fileNumber).doesNotContainAnyElementsOf(numbers);
		mvc.perform(get(PAGE).with(dpo())).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(numbers.get(0)))));

		// past it: listed with number, closure date and reason, never a name
		clock.travelTo(closedOn.plusYears(years).plusDays(1));
		assertThat(anonymisation.awaiting()).extracting(Anonymisation.Awaiting::fileNumber).containsAll(numbers);
		mvc.perform(get(PAGE).with(dpo())).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(numbers.get(0)), containsString(numbers.get(1)),
					containsString("Verhuisd naar een andere gemeente"), not(containsString(name)),
					not(containsString("Persoon")))));

		// without the confirmation: a message by the field, nothing erased
		mvc.perform(post(PAGE).with(dpo()).with(csrf()).param("files", String.valueOf(decided))
			.param("files", String.valueOf(forwarded)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bevestig dat u de anonimisering goedkeurt."),
					containsString("id=\"confirm-error\""))));
		assertThat(anonymisedOn(decided)).isNull();

		mvc.perform(post(PAGE).with(dpo()).with(csrf()).param("files", String.valueOf(decided))
			.param("files", String.valueOf(forwarded)).param("confirm", "true"))
			.andExpect(redirectedUrl(PAGE));

		var today = LocalDate.now(clock);
		for (var file : List.of(decided, forwarded)) {
			assertThat(anonymisedOn(file)).isEqualTo(today);
			assertThat(jdbc.sql("select anonymised_by from sc_case_file where id = ?").param(file).query(String.class)
				.single()).isEqualTo("dpo");
			assertThat(jdbc.sql("select count(*) from audit_entry where module = 'socialcases' and action = 'ANONYMISED' "
					+ "and record_id = ?").param(String.valueOf(file)).query(Long.class).single()).isEqualTo(1);
		}
		// the raw tables: no name, no national register number, no ciphertext, no look-up key left
		var ids = List.of(decided, forwarded);
		assertThat(count("""
				select count(*) from sc_household_member where case_file_id in (:ids) and (first_name is not null
				    or last_name is not null or birth_date is not null or nrn_cipher is not null or person_key is not null)""",
				ids)).isZero();
		assertThat(jdbc.sql("select birth_year from sc_household_member where case_file_id = ? order by position")
			.param(decided).query(Integer.class).list()).containsExactly(1980, 1979);
		assertThat(count("""
				select count(*) from sc_aid_request where case_file_id in (:ids) and (forward_reasons_cipher is not null
				    or proposal_reasons_cipher is not null or hearing_outcome_cipher is not null or hearing_place is not null
				    or not erased)""", ids)).isZero();
		assertThat(count("""
				select count(*) from sc_intake i join sc_aid_request r on r.intake_id = i.id where r.case_file_id in (:ids)
				  and (i.first_name is not null or i.last_name is not null or i.birth_date is not null
				       or i.national_register_number is not null or i.nrn_cipher is not null or i.phone_cipher is not null
				       or i.address_cipher is not null or i.description_cipher is not null or i.anonymised_on is null)""", ids))
			.isZero();
		assertThat(count("select count(*) from sc_break_glass where case_file_id in (:ids) and reason_cipher is not null",
				ids)).isZero();
		assertThat(count("select count(*) from sc_break_glass where case_file_id in (:ids)", ids))
			.as("who broke the glass stays for the DPO").isEqualTo(1);
		assertThat(count("select count(*) from sc_follow_up where case_file_id in (:ids)", ids)).isZero();
		assertThat(count("select count(*) from sc_access_log where case_file_id in (:ids)", ids))
			.as("the access log keeps its rows").isPositive();
		for (var table : List.of("sc_case_file f where f.id", "sc_household_member f where f.case_file_id",
				"sc_aid_request f where f.case_file_id", "sc_access_log f where f.case_file_id",
				"sc_break_glass f where f.case_file_id")) {
			assertThat(jdbc.sql("select coalesce(string_agg(row_to_json(f)::text, ' '), '') from " + table + " in (:ids)")
				.param("ids", ids).query(String.class).single())
				.as(table).doesNotContain(name, nrn, "Anna", "Kerkstraat", "Inkomen van");
		}
		assertThat(jdbc.sql("select count(*) from audit_entry where module = 'socialcases' and action = 'ANONYMISATION_RUN' "
				+ "and actor = 'dpo'").query(Long.class).single()).isPositive();

		// a second run does nothing; the figures of the time count the same
		assertThat(anonymisation.run(ids, true, new Viewer("dpo", EnumSet.of(Role.DPO))))
			.isEqualTo(new Anonymisation.Result(0, 2));
		assertThat(anonymisation.awaiting()).extracting(Anonymisation.Awaiting::fileNumber).doesNotContainAnyElementsOf(numbers);
		clock.travelTo(closedOn);
		assertThat(figures.lastYear()).isEqualTo(before);
		clock.travelTo(today);

		// the head still sees that the file existed, not who it was about; its letters cannot be printed
		var page = "/sociale-dienst/dossiers/" + decided;
		mvc.perform(get(page).with(user("hoofdsocialedienst").roles("SOCIAL_SERVICE_HEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("geanonimiseerd"), not(containsString(name)))));
		mvc.perform(get(page + "/aanvragen/" + request(decided) + "/hoorrecht.pdf")
			.with(user("hoofdsocialedienst").roles("SOCIAL_SERVICE_HEAD")))
			.andExpect(status().isConflict());

		// the same person returns: the look-up key is gone, so a new file opens
		var returning = caseFiles.openFromIntake(files.takenIntake("wouter", nrn, "Anna", name, today), worker);
		assertThat(returning).isNotEqualTo(decided);
	}

	@Test
	void onlyTheDpoOpensTheRetentionPageAndApprovesARun() throws Exception {
		mvc.perform(get(PAGE).with(dpo())).andExpect(status().isOk());
		for (var role : Role.values()) {
			if (role == Role.DPO) {
				continue;
			}
			var someone = user("x-" + role.name().toLowerCase()).roles(role.name());
			mvc.perform(get(PAGE).with(someone)).andExpect(status().isForbidden());
			mvc.perform(post(PAGE).with(someone).with(csrf()).param("files", "1").param("confirm", "true"))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection());
	}

	/** A hearing (at home), a member, a review, a reasoned proposal decided by the chair and notified; then closed. */
	private void decideNotifyAndClose(long file, Viewer worker, String name) {
		var today = LocalDate.now(clock);
		var request = request(file);
		caseFiles.addMember(file, version(file), new CaseFiles.MemberCommand(be.eenloket.socialcases.internal.HouseholdMember.Relation.PARTNER,
				"Bert", name, LocalDate.of(1979, 1, 2), null), worker);
		caseFiles.planHearing(file, version(file), request, today.atTime(0, 1), "Thuis, Kerkstraat 1", today, worker);
		caseFiles.recordHearingOutcome(file, version(file), request, "Inkomen van " + name + " is nul", worker);
		followUps.planReview(file, version(file), today.plusDays(10), "Inkomen van " + name + " herbekijken", worker);
		caseFiles.propose(file, version(file), request, new CaseFiles.Proposal(AidRequest.Decision.GRANTED,
				"Inkomen van " + name + " ligt onder het leefloon", "RMI_14", new BigDecimal("1214.13"), today,
				today.plusMonths(6)), worker);
		meetings.chairDecides(request, new Viewer("voorzitterbcsd", EnumSet.of(Role.BCSD_CHAIR)));
		caseFiles.notify(file, version(file), request, today, AidRequest.NotificationMethod.REGISTERED_LETTER, worker);
		access.breakGlass(file, new Viewer("anouk", EnumSet.of(Role.SOCIAL_WORKER)), "Inkomen van " + name + " dringend");
		caseFiles.read(file, new Viewer("anouk", EnumSet.of(Role.SOCIAL_WORKER)));
		caseFiles.close(file, version(file), CaseFile.ClosureReason.GOAL_REACHED, worker);
	}

	private static RequestPostProcessor dpo() {
		return user("dpo").roles("DPO");
	}

	private long count(String sql, List<Long> ids) {
		return jdbc.sql(sql).param("ids", ids).query(Long.class).single();
	}

	private LocalDate anonymisedOn(long file) {
		return jdbc.sql("select anonymised_on from sc_case_file where id = ?").param(file)
			.query((rs, n) -> rs.getObject(1, LocalDate.class)).list().get(0);
	}

	private String fileNumber(long file) {
		return jdbc.sql("select file_number from sc_case_file where id = ?").param(file).query(String.class).single();
	}

	private long request(long file) {
		return jdbc.sql("select id from sc_aid_request where case_file_id = ? order by id limit 1").param(file)
			.query(Long.class).single();
	}

	private long version(long file) {
		return jdbc.sql("select version from sc_case_file where id = ?").param(file).query(Long.class).single();
	}

}

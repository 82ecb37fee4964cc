package be.eenloket.socialcases.internal;

import java.time.LocalDate;

import be.eenloket.frontdesk.SocialAidRequestType;
import be.eenloket.kernel.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Follow-up reminders and retention of a case file, without Spring. */
class SocialFollowUpRulesTests {

	static final LocalDate OPENED = LocalDate.of(2024, 2, 29);

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@Test
	void aNewFileHasItsYearlyHomeVisitDueAYearAfterOpening() {
		var file = file();
		assertThat(file.openFollowUps()).singleElement().satisfies(visit -> {
			assertThat(visit.getKind()).isEqualTo(FollowUp.Kind.HOME_VISIT);
			// a leap day opens the file: due on the last day of February a year later
			assertThat(visit.getDueOn()).isEqualTo(LocalDate.of(2025, 2, 28));
		});
	}

	@Test
	void aReviewDateLiesBetweenTodayAndTwoYearsAheadAndSaysWhatToReview() {
		var file = file();
		assertThatThrownBy(() -> file.planReview(TODAY.minusDays(1), "Inkomen", TODAY, "wouter"))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("followUp.dueOn.range");
		assertThatThrownBy(() -> file.planReview(TODAY.plusYears(2).plusDays(1), "Inkomen", TODAY, "wouter"))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("followUp.dueOn.range");
		assertThatThrownBy(() -> file.planReview(null, "Inkomen", TODAY, "wouter"))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("followUp.dueOn.required");
		assertThatThrownBy(() -> file.planReview(TODAY, "  ", TODAY, "wouter"))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("followUp.subject.required");
		assertThatThrownBy(() -> file.planReview(TODAY, "x".repeat(501), TODAY, "wouter"))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("followUp.subject.tooLong");
		assertThat(file.openFollowUps()).hasSize(1);

		file.planReview(TODAY, " Inkomen ", TODAY, "wouter");
		file.planReview(TODAY.plusYears(2), "Huur", TODAY, "wouter");
		assertThat(file.openFollowUps()).extracting(FollowUp::getSubject).contains("Inkomen", "Huur");
	}

	@Test
	void aHomeVisitRecordedMakesTheNextDueAYearLater() {
		var file = file();
		assertThatThrownBy(() -> file.recordHomeVisit(TODAY.plusDays(1), TODAY, "wouter"))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("followUp.homeVisit.range");
		assertThatThrownBy(() -> file.recordHomeVisit(OPENED.minusDays(1), TODAY, "wouter"))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("followUp.homeVisit.range");

		file.recordHomeVisit(TODAY.minusDays(3), TODAY, "wouter");
		assertThat(file.getLastHomeVisitOn()).isEqualTo(TODAY.minusDays(3));
		assertThat(file.openFollowUps()).singleElement()
			.satisfies(next -> assertThat(next.getDueOn()).isEqualTo(TODAY.minusDays(3).plusYears(1)));
		assertThat(file.getFollowUps()).filteredOn(f -> f.getStatus() == FollowUp.Status.DONE).singleElement()
			.satisfies(done -> {
				assertThat(done.getDoneBy()).isEqualTo("wouter");
				assertThat(done.getDoneOn()).isEqualTo(TODAY);
			});
	}

	@Test
	void closingTheFileClosesItsOpenRemindersAndAReturnBringsTheHomeVisitBack() {
		var file = file();
		file.planReview(TODAY.plusDays(10), "Inkomen", TODAY, "wouter");
		file.close(CaseFile.ClosureReason.GOAL_REACHED, TODAY, "hoofd");
		assertThat(file.openFollowUps()).isEmpty();
		assertThat(file.getFollowUps()).allSatisfy(f -> {
			assertThat(f.getStatus()).isEqualTo(FollowUp.Status.CLOSED);
			assertThat(f.getDoneBy()).isEqualTo("hoofd");
		});
		assertThatThrownBy(() -> file.planReview(TODAY, "Inkomen", TODAY, "wouter")).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("caseFile.closed");

		file.addRequest(2, "T-2", SocialAidRequestType.LEEFLOON, "nl", TODAY);
		assertThat(file.openFollowUps()).singleElement()
			.satisfies(visit -> assertThat(visit.getKind()).isEqualTo(FollowUp.Kind.HOME_VISIT));
	}

	@Test
	void onlyAFileClosedForTheWholeRetentionPeriodIsAnonymisedAndOnlyOnce() {
		var file = file();
		file.addMember(HouseholdMember.Relation.CHILD, "Kind", "Persoon", LocalDate.of(2015, 6, 1), null, new byte[] { 1 },
				TODAY);
		// closed on a leap day: ten years later the period ends on 28 February
		file.close(CaseFile.ClosureReason.MOVED, OPENED, "wouter");
		var end = LocalDate.of(2034, 2, 28);
		assertThat(file.pastRetention(end.minusDays(1), 10)).isFalse();
		assertThatThrownBy(() -> file.anonymise(end.minusDays(1), 10, "dpo")).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("retention.notPast");
		assertThat(file.pastRetention(end, 10)).isTrue();

		file.anonymise(end, 10, "dpo");
		assertThat(file.getAnonymisedOn()).isEqualTo(end);
		assertThat(file.getAnonymisedBy()).isEqualTo("dpo");
		assertThat(file.getFollowUps()).isEmpty();
		assertThat(file.getMembers()).allSatisfy(m -> {
			assertThat(m.fullName()).isNull();
			assertThat(m.getBirthDate()).isNull();
			assertThat(m.getNationalRegisterNumber()).isNull();
			assertThat(m.personKeyBytes()).isNull();
		});
		assertThat(file.getMembers()).extracting(HouseholdMember::getBirthYear).containsExactly(1980, 2015);
		assertThat(file.pastRetention(end, 10)).isFalse();
		assertThatThrownBy(() -> file.anonymise(end, 10, "dpo")).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("retention.alreadyAnonymised");
	}

	private static CaseFile file() {
		return new CaseFile("SD-2024-000001", OPENED, "wouter", new HouseholdMember(0,
				HouseholdMember.Relation.APPLICANT, "Test", "Persoon", LocalDate.of(1980, 5, 17), "85031510012",
				new byte[32]));
	}

}

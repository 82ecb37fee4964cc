package be.eenloket.socialcases.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import be.eenloket.frontdesk.SocialAidRequestType;
import be.eenloket.kernel.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The BCSD's rules and a request's state transitions, without Spring. */
class SocialBcsdRulesTests {

	static final LocalDate MEETING_DAY = LocalDate.of(2026, 12, 10);

	@Test
	void aTieRejectsAndAMajorityOfVotesCastAdopts() {
		assertThat(item(false).vote(3, 3, 2, false, 9)).isEqualTo(BcsdItem.Outcome.REJECTED);
		assertThat(item(false).vote(4, 3, 2, false, 9)).isEqualTo(BcsdItem.Outcome.ADOPTED);
		assertThat(item(false).vote(2, 3, 4, false, 9)).isEqualTo(BcsdItem.Outcome.REJECTED);
	}

	@Test
	void moreVotesThanMembersPresentAreRefused() {
		assertThatThrownBy(() -> item(false).vote(5, 3, 2, false, 9)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("bcsd.vote.aboveAttendance");
	}

	@Test
	void anUrgentItemNeedsTheTwoThirdsMention() {
		assertThatThrownBy(() -> item(true).vote(5, 0, 0, false, 7)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("bcsd.vote.urgency");
		assertThat(item(true).vote(5, 0, 0, true, 7)).isEqualTo(BcsdItem.Outcome.ADOPTED);
	}

	@Test
	void itemsAddedAfterTheNoticeDeadlineAreUrgentAndALateNoticeMakesAllUrgent() {
		var meeting = new BcsdMeeting(MEETING_DAY.atTime(19, 0), "Raadzaal", 8, MEETING_DAY.minusDays(20));
		var early = meeting.add(proposed(), 1, BcsdItem.Kind.DECISION, MEETING_DAY.minusDays(9));
		var late = meeting.add(proposed(), 2, BcsdItem.Kind.DECISION, MEETING_DAY.minusDays(3));
		assertThat(early.isUrgent()).isFalse();
		assertThat(late.isUrgent()).isTrue();
		meeting.sendNotice(MEETING_DAY.minusDays(2));
		assertThat(early.isUrgent()).isTrue();
	}

	@Test
	void onlyAProposedRequestGoesOnTheAgenda() {
		var meeting = new BcsdMeeting(MEETING_DAY.atTime(19, 0), "Raadzaal", 8, MEETING_DAY.minusDays(20));
		assertThatThrownBy(() -> meeting.add(request(), 1, BcsdItem.Kind.DECISION, MEETING_DAY.minusDays(10)))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("bcsd.item.notProposed");
	}

	@Test
	void withoutQuorumNothingIsDecidedAndMembersReadOnlyDuringTheNoticePeriod() {
		var meeting = new BcsdMeeting(MEETING_DAY.atTime(19, 0), "Raadzaal", 8, MEETING_DAY.minusDays(20));
		meeting.add(proposed(), 1, BcsdItem.Kind.DECISION, MEETING_DAY.minusDays(10));
		assertThat(meeting.openToMembers(MEETING_DAY.minusDays(9))).isFalse();
		meeting.sendNotice(MEETING_DAY.minusDays(9));
		assertThat(meeting.openToMembers(MEETING_DAY.minusDays(10))).isFalse();
		assertThat(meeting.openToMembers(MEETING_DAY.minusDays(9))).isTrue();
		meeting.recordAttendance(4, MEETING_DAY);
		assertThat(meeting.hasQuorum()).isFalse();
		meeting.recordAttendance(5, MEETING_DAY);
		assertThat(meeting.hasQuorum()).isTrue();
		assertThatThrownBy(() -> meeting.recordAttendance(10, MEETING_DAY)).isInstanceOf(RuleViolation.class);
	}

	@Test
	void aProposalNeedsReasonsALegalBasisAndForFinancialAidAnAmountAndPeriod() {
		var request = request();
		var today = LocalDate.of(2026, 11, 20);
		assertThatThrownBy(() -> request.propose(AidRequest.Decision.GRANTED, " ", "RMI_14", BigDecimal.TEN,
				today, today.plusMonths(1), today, "w")).hasMessageContaining("request.proposal.reasons.required");
		assertThatThrownBy(() -> request.propose(AidRequest.Decision.GRANTED, "Geen inkomen", null, BigDecimal.TEN,
				today, today.plusMonths(1), today, "w")).hasMessageContaining("request.proposal.legalBasis.required");
		assertThatThrownBy(() -> request.propose(AidRequest.Decision.GRANTED, "Geen inkomen", "RMI_14", null, null,
				null, today, "w")).hasMessageContaining("request.proposal.amount.required");
		assertThatThrownBy(() -> request.propose(AidRequest.Decision.GRANTED, "Geen inkomen", "RMI_14",
				new BigDecimal("1000"), today, today.plusYears(2), today, "w"))
			.hasMessageContaining("request.proposal.until.range");
		request.propose(AidRequest.Decision.REFUSED, "Inkomen boven de grens", "RMI_14", null, null, null, today, "w");
		assertThat(request.getStatus()).isEqualTo(AidRequest.Status.PROPOSED);
	}

	@Test
	void aDecisionIsNotifiedNeverBeforeItWasTakenAndNeverInTheFuture() {
		var request = proposed();
		var today = LocalDate.of(2026, 11, 25);
		request.decide(LocalDate.of(2026, 11, 24), AidRequest.DecidedBy.BCSD, today);
		assertThatThrownBy(() -> request.notify(LocalDate.of(2026, 11, 23), AidRequest.NotificationMethod.REGISTERED_LETTER,
				today)).hasMessageContaining("request.notify.beforeDecision");
		assertThatThrownBy(() -> request.notify(LocalDate.of(2026, 11, 26), AidRequest.NotificationMethod.REGISTERED_LETTER,
				today)).hasMessageContaining("request.date.future");
		request.notify(today, AidRequest.NotificationMethod.AGAINST_RECEIPT, today);
		assertThat(request.getStatus()).isEqualTo(AidRequest.Status.NOTIFIED);
		assertThat(request.clock().appealEnds(request.getNotifiedOn())).isEqualTo(LocalDate.of(2027, 2, 25));
	}

	@Test
	void aChairDecisionAwaitsRatificationAndARejectedProposalReturnsToInvestigation() {
		var chair = proposed();
		chair.decide(LocalDate.of(2026, 11, 24), AidRequest.DecidedBy.CHAIR, LocalDate.of(2026, 11, 24));
		assertThat(chair.getRatified()).isFalse();
		chair.ratify();
		assertThat(chair.getRatified()).isTrue();
		assertThatThrownBy(chair::ratify).isInstanceOf(RuleViolation.class);

		var rejected = proposed();
		rejected.proposalRejected();
		assertThat(rejected.getStatus()).isEqualTo(AidRequest.Status.OPEN);
		assertThat(rejected.getProposalReasons()).isNull();
	}

	@Test
	void aHearingIsInvitedInWritingBeforeItTakesPlaceAndItsOutcomeComesAfter() {
		var request = request();
		var today = LocalDate.of(2026, 11, 20);
		assertThatThrownBy(() -> request.planHearing(LocalDateTime.of(2026, 11, 19, 10, 0), "Sociaal Huis", today, today))
			.hasMessageContaining("request.hearing.beforeInvitation");
		request.planHearing(LocalDateTime.of(2026, 11, 25, 10, 0), "Sociaal Huis", today, today);
		assertThatThrownBy(() -> request.recordHearingOutcome("Gehoord", LocalDateTime.of(2026, 11, 24, 10, 0)))
			.hasMessageContaining("request.hearing.notYetHeld");
		request.recordHearingOutcome("Gehoord, met haar zoon", LocalDateTime.of(2026, 11, 25, 11, 0));
		assertThat(request.getHearingOutcome()).isEqualTo("Gehoord, met haar zoon");
	}

	private static long ids = 1;

	private static AidRequest request() {
		var request = new AidRequest(ids++, "T-1", SocialAidRequestType.LEEFLOON, "nl", LocalDate.of(2026, 11, 10));
		try {
			var id = AidRequest.class.getDeclaredField("id");
			id.setAccessible(true);
			id.set(request, ids++);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
		return request;
	}

	private static AidRequest proposed() {
		var request = request();
		request.propose(AidRequest.Decision.REFUSED, "Inkomen boven de grens", "RMI_14", null, null, null,
				LocalDate.of(2026, 11, 20), "w");
		return request;
	}

	private static BcsdItem item(boolean urgent) {
		return new BcsdItem(1, 1, 1, BcsdItem.Kind.DECISION, MEETING_DAY, urgent);
	}

}

package be.eenloket.socialcases.internal;

import java.time.LocalDate;

import be.eenloket.frontdesk.SocialAidRequestType;
import be.eenloket.kernel.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Closing a case file with a reason, without Spring. */
class SocialClosureRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@Test
	void aFileWithARequestStillOpenCannotBeClosedAndNeedsAReason() {
		var file = file();
		var request = file.addRequest(1, "T-1", SocialAidRequestType.LEEFLOON, "nl", TODAY.minusDays(3));
		assertThat(file.closable()).isFalse();
		assertThatThrownBy(() -> file.close(CaseFile.ClosureReason.MOVED, TODAY, "wouter"))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("caseFile.closure.pendingRequests");

		request.forward("OCMW Eeklo", "Woont in Eeklo", TODAY, TODAY);
		assertThat(file.closable()).isTrue();
		assertThatThrownBy(() -> file.close(null, TODAY, "wouter")).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("caseFile.closure.reason.required");
		assertThat(file.getStatus()).isEqualTo(CaseFile.Status.OPEN);

		file.close(CaseFile.ClosureReason.MOVED, TODAY, "wouter");
		assertThat(file.getStatus()).isEqualTo(CaseFile.Status.CLOSED);
		assertThat(file.getClosedOn()).isEqualTo(TODAY);
		assertThat(file.getClosedBy()).isEqualTo("wouter");
		assertThat(file.getClosureReason()).isEqualTo(CaseFile.ClosureReason.MOVED);
		assertThat(file.closable()).isFalse();
		assertThatThrownBy(() -> file.close(CaseFile.ClosureReason.OTHER, TODAY, "wouter"))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("caseFile.closed");
	}

	@Test
	void aNewRequestReopensAClosedFile() {
		var file = file();
		file.close(CaseFile.ClosureReason.GOAL_REACHED, TODAY, "wouter");
		file.addRequest(2, "T-2", SocialAidRequestType.LEEFLOON, "nl", TODAY);
		assertThat(file.getStatus()).isEqualTo(CaseFile.Status.OPEN);
		assertThat(file.getClosedOn()).isNull();
		assertThat(file.getClosureReason()).isNull();
		assertThat(file.getClosedBy()).isNull();
	}

	private static CaseFile file() {
		return new CaseFile("SD-2026-000001", TODAY.minusDays(10), "wouter", new HouseholdMember(0,
				HouseholdMember.Relation.APPLICANT, "Test", "Persoon", LocalDate.of(1980, 5, 17), null, new byte[32]));
	}

}

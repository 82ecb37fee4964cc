package be.eenloket.socialcases.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import be.eenloket.socialcases.internal.AidRequest;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms on a request's page; each carries the file's version it was shown with. */
final class RequestForms {

	private RequestForms() {
	}

	static class HearingForm extends CaseFileForms.Versioned {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate hearingAt;

		@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
		private LocalTime hearingTime;

		private String place;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate invitedOn;

		public LocalDate getHearingAt() {
			return hearingAt;
		}

		public void setHearingAt(LocalDate hearingAt) {
			this.hearingAt = hearingAt;
		}

		public LocalTime getHearingTime() {
			return hearingTime;
		}

		public void setHearingTime(LocalTime hearingTime) {
			this.hearingTime = hearingTime;
		}

		public String getPlace() {
			return place;
		}

		public void setPlace(String place) {
			this.place = place;
		}

		public LocalDate getInvitedOn() {
			return invitedOn;
		}

		public void setInvitedOn(LocalDate invitedOn) {
			this.invitedOn = invitedOn;
		}

	}

	static class OutcomeForm extends CaseFileForms.Versioned {

		private String outcome;

		public String getOutcome() {
			return outcome;
		}

		public void setOutcome(String outcome) {
			this.outcome = outcome;
		}

	}

	static class ProposalForm extends CaseFileForms.Versioned {

		private AidRequest.Decision decision;

		private String reasons;

		private String legalBasis;

		private BigDecimal amount;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate aidFrom;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate aidUntil;

		public AidRequest.Decision getDecision() {
			return decision;
		}

		public void setDecision(AidRequest.Decision decision) {
			this.decision = decision;
		}

		public String getReasons() {
			return reasons;
		}

		public void setReasons(String reasons) {
			this.reasons = reasons;
		}

		public String getLegalBasis() {
			return legalBasis;
		}

		public void setLegalBasis(String legalBasis) {
			this.legalBasis = legalBasis;
		}

		public BigDecimal getAmount() {
			return amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

		public LocalDate getAidFrom() {
			return aidFrom;
		}

		public void setAidFrom(LocalDate aidFrom) {
			this.aidFrom = aidFrom;
		}

		public LocalDate getAidUntil() {
			return aidUntil;
		}

		public void setAidUntil(LocalDate aidUntil) {
			this.aidUntil = aidUntil;
		}

	}

	static class NotifyForm extends CaseFileForms.Versioned {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate notifiedOn;

		private AidRequest.NotificationMethod method;

		public LocalDate getNotifiedOn() {
			return notifiedOn;
		}

		public void setNotifiedOn(LocalDate notifiedOn) {
			this.notifiedOn = notifiedOn;
		}

		public AidRequest.NotificationMethod getMethod() {
			return method;
		}

		public void setMethod(AidRequest.NotificationMethod method) {
			this.method = method;
		}

	}

}

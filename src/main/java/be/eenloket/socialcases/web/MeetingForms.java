package be.eenloket.socialcases.web;

import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.format.annotation.DateTimeFormat;

/** The BCSD secretary's forms. */
final class MeetingForms {

	private MeetingForms() {
	}

	static class PlanForm {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate meetingDate;

		@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
		private LocalTime meetingTime;

		private String place;

		private Integer members;

		public LocalDate getMeetingDate() {
			return meetingDate;
		}

		public void setMeetingDate(LocalDate meetingDate) {
			this.meetingDate = meetingDate;
		}

		public LocalTime getMeetingTime() {
			return meetingTime;
		}

		public void setMeetingTime(LocalTime meetingTime) {
			this.meetingTime = meetingTime;
		}

		public String getPlace() {
			return place;
		}

		public void setPlace(String place) {
			this.place = place;
		}

		public Integer getMembers() {
			return members;
		}

		public void setMembers(Integer members) {
			this.members = members;
		}

	}

	static class ItemForm extends CaseFileForms.Versioned {

		private Long requestId;

		public Long getRequestId() {
			return requestId;
		}

		public void setRequestId(Long requestId) {
			this.requestId = requestId;
		}

	}

	static class AttendanceForm extends CaseFileForms.Versioned {

		private Integer present;

		public Integer getPresent() {
			return present;
		}

		public void setPresent(Integer present) {
			this.present = present;
		}

	}

	static class VoteForm extends CaseFileForms.Versioned {

		private Long itemId;

		private Integer votesFor;

		private Integer votesAgainst;

		private Integer votesAbstain;

		private boolean urgencyConfirmed;

		public Long getItemId() {
			return itemId;
		}

		public void setItemId(Long itemId) {
			this.itemId = itemId;
		}

		public Integer getVotesFor() {
			return votesFor;
		}

		public void setVotesFor(Integer votesFor) {
			this.votesFor = votesFor;
		}

		public Integer getVotesAgainst() {
			return votesAgainst;
		}

		public void setVotesAgainst(Integer votesAgainst) {
			this.votesAgainst = votesAgainst;
		}

		public Integer getVotesAbstain() {
			return votesAbstain;
		}

		public void setVotesAbstain(Integer votesAbstain) {
			this.votesAbstain = votesAbstain;
		}

		public boolean isUrgencyConfirmed() {
			return urgencyConfirmed;
		}

		public void setUrgencyConfirmed(boolean urgencyConfirmed) {
			this.urgencyConfirmed = urgencyConfirmed;
		}

	}

}

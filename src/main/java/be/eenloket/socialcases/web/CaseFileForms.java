package be.eenloket.socialcases.web;

import java.time.LocalDate;

import be.eenloket.socialcases.internal.CaseFile;
import be.eenloket.socialcases.internal.HouseholdMember;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms on a case file's page; each carries the file's version it was shown with. */
final class CaseFileForms {

	private CaseFileForms() {
	}

	static class Versioned {

		private long version = -1;

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

	static class CloseForm extends Versioned {

		private CaseFile.ClosureReason reason;

		public CaseFile.ClosureReason getReason() {
			return reason;
		}

		public void setReason(CaseFile.ClosureReason reason) {
			this.reason = reason;
		}

	}

	static class AssignForm extends Versioned {

		private String worker;

		public String getWorker() {
			return worker;
		}

		public void setWorker(String worker) {
			this.worker = worker;
		}

	}

	static class MemberForm extends Versioned {

		private HouseholdMember.Relation relation;

		private String firstName;

		private String lastName;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate birthDate;

		private String nationalRegisterNumber;

		public HouseholdMember.Relation getRelation() {
			return relation;
		}

		public void setRelation(HouseholdMember.Relation relation) {
			this.relation = relation;
		}

		public String getFirstName() {
			return firstName;
		}

		public void setFirstName(String firstName) {
			this.firstName = firstName;
		}

		public String getLastName() {
			return lastName;
		}

		public void setLastName(String lastName) {
			this.lastName = lastName;
		}

		public LocalDate getBirthDate() {
			return birthDate;
		}

		public void setBirthDate(LocalDate birthDate) {
			this.birthDate = birthDate;
		}

		public String getNationalRegisterNumber() {
			return nationalRegisterNumber;
		}

		public void setNationalRegisterNumber(String nationalRegisterNumber) {
			this.nationalRegisterNumber = nationalRegisterNumber;
		}

	}

	static class ForwardForm extends Versioned {

		private long requestId;

		private String forwardedTo;

		private String reasons;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate forwardedOn;

		public long getRequestId() {
			return requestId;
		}

		public void setRequestId(long requestId) {
			this.requestId = requestId;
		}

		public String getForwardedTo() {
			return forwardedTo;
		}

		public void setForwardedTo(String forwardedTo) {
			this.forwardedTo = forwardedTo;
		}

		public String getReasons() {
			return reasons;
		}

		public void setReasons(String reasons) {
			this.reasons = reasons;
		}

		public LocalDate getForwardedOn() {
			return forwardedOn;
		}

		public void setForwardedOn(LocalDate forwardedOn) {
			this.forwardedOn = forwardedOn;
		}

	}

	static class BreakGlassForm {

		private String reason;

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

	/** A review date and what to review. */
	static class FollowUpForm extends Versioned {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dueOn;

		private String subject;

		public LocalDate getDueOn() {
			return dueOn;
		}

		public void setDueOn(LocalDate dueOn) {
			this.dueOn = dueOn;
		}

		public String getSubject() {
			return subject;
		}

		public void setSubject(String subject) {
			this.subject = subject;
		}

	}

	/** Marking a reminder done: the reminder is in the address, the form carries the file's version. */
	static class FollowUpDoneForm extends Versioned {

	}

}

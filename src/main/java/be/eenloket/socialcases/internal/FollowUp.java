package be.eenloket.socialcases.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A follow-up reminder of a case file: a review date with what to review, or the yearly home visit. Part of the
 * {@link CaseFile} aggregate: planned, marked done and closed through the file. What to review may describe the
 * person's situation, so it is stored encrypted.
 */
@Entity
@Table(name = "sc_follow_up")
public class FollowUp {

	/** A review the worker planned, or the home visit due every year. */
	public enum Kind {

		REVIEW, HOME_VISIT;

		public String messageKey() {
			return "followUp.kind." + name();
		}

	}

	/** Open; done (by whom, when); or closed together with the file. */
	public enum Status {

		OPEN, DONE, CLOSED;

		public String messageKey() {
			return "followUp.status." + name();
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private LocalDate dueOn;

	@Convert(converter = EncryptedText.class)
	@Column(name = "subject_cipher")
	private String subject;

	private LocalDate createdOn;

	private String createdBy;

	@Enumerated(EnumType.STRING)
	private Status status = Status.OPEN;

	private LocalDate doneOn;

	private String doneBy;

	protected FollowUp() {
	}

	FollowUp(Kind kind, LocalDate dueOn, String subject, LocalDate createdOn, String createdBy) {
		this.kind = kind;
		this.dueOn = dueOn;
		this.subject = subject;
		this.createdOn = createdOn;
		this.createdBy = createdBy;
	}

	void markDone(LocalDate on, String by) {
		this.status = Status.DONE;
		this.doneOn = on;
		this.doneBy = by;
	}

	void closeWithFile(LocalDate on, String by) {
		this.status = Status.CLOSED;
		this.doneOn = on;
		this.doneBy = by;
	}

	public boolean isOpen() {
		return status == Status.OPEN;
	}

	/** Days until the due date: negative when overdue. */
	public long daysLeft(LocalDate today) {
		return java.time.temporal.ChronoUnit.DAYS.between(today, dueOn);
	}

	/** OVERDUE, SOON (within {@link CaseFileOverviews#SOON_DAYS} days) or ON_TIME, for the page's tags. */
	public String urgency(LocalDate today) {
		var days = daysLeft(today);
		return days < 0 ? "OVERDUE" : days <= CaseFileOverviews.SOON_DAYS ? "SOON" : "ON_TIME";
	}

	public Long getId() {
		return id;
	}

	public Kind getKind() {
		return kind;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public String getSubject() {
		return subject;
	}

	public LocalDate getCreatedOn() {
		return createdOn;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Status getStatus() {
		return status;
	}

	public LocalDate getDoneOn() {
		return doneOn;
	}

	public String getDoneBy() {
		return doneBy;
	}

}

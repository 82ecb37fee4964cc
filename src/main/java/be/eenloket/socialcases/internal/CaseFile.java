package be.eenloket.socialcases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import be.eenloket.frontdesk.SocialAidRequestType;
import be.eenloket.kernel.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A household's social case file: its members, the social workers assigned to it and its requests, each with its
 * own legal clock. The aggregate root: every change goes through a method here that checks the file's state.
 */
@Entity
@Table(name = "sc_case_file")
public class CaseFile {

	/** Whether the file is still worked on. */
	public enum Status {

		OPEN, CLOSED;

		public String messageKey() {
			return "caseFile.status." + name();
		}

	}

	/** Why a file was closed. */
	public enum ClosureReason {

		GOAL_REACHED, CLIENT_REQUEST, MOVED, DECEASED, NO_CONTACT, OTHER;

		public String messageKey() {
			return "caseFile.closure.reason." + name();
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fileNumber;

	private LocalDate openedOn;

	private String openedBy;

	@Enumerated(EnumType.STRING)
	private Status status = Status.OPEN;

	private LocalDate closedOn;

	@Enumerated(EnumType.STRING)
	private ClosureReason closureReason;

	private String closedBy;

	private LocalDate lastHomeVisitOn;

	private LocalDate anonymisedOn;

	private String anonymisedBy;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "case_file_id", nullable = false)
	@OrderBy("position")
	private List<HouseholdMember> members = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sc_case_worker", joinColumns = @JoinColumn(name = "case_file_id"))
	@Column(name = "username")
	private Set<String> workers = new TreeSet<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "case_file_id", nullable = false)
	@OrderBy("receivedOn, id")
	private List<AidRequest> requests = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "case_file_id", nullable = false)
	@OrderBy("dueOn, id")
	private List<FollowUp> followUps = new ArrayList<>();

	protected CaseFile() {
	}

	/** Opens the file of a household for its first applicant, handled by the worker who opens it. */
	CaseFile(String fileNumber, LocalDate openedOn, String openedBy, HouseholdMember applicant) {
		this.fileNumber = fileNumber;
		this.openedOn = openedOn;
		this.openedBy = openedBy;
		this.members.add(applicant);
		this.workers.add(openedBy);
		this.followUps.add(new FollowUp(FollowUp.Kind.HOME_VISIT, nextHomeVisit(), null, openedOn, openedBy));
	}

	/** Adds a request that an intake brought in; its clock starts on the receipt date. */
	AidRequest addRequest(long intakeId, String registerNumber, SocialAidRequestType type, String language,
			LocalDate receivedOn) {
		if (status == Status.CLOSED) {
			reopen(receivedOn);
		}
		var request = new AidRequest(intakeId, registerNumber, type, language, receivedOn);
		requests.add(request);
		return request;
	}

	/** Adds a member of the household. */
	void addMember(HouseholdMember.Relation relation, String firstName, String lastName, LocalDate birthDate,
			String nationalRegisterNumber, byte[] personKey, LocalDate today) {
		requireOpen();
		RuleViolation.require(relation != null && relation != HouseholdMember.Relation.APPLICANT, "relation",
				"caseFile.member.relation.required");
		RuleViolation.require(firstName != null && !firstName.isBlank(), "firstName", "caseFile.member.firstName.required");
		RuleViolation.require(lastName != null && !lastName.isBlank(), "lastName", "caseFile.member.lastName.required");
		RuleViolation.require(birthDate == null || (!birthDate.isAfter(today) && birthDate.getYear() >= 1900), "birthDate",
				"caseFile.member.birthDate.range");
		RuleViolation.require(members.stream().noneMatch(m -> java.util.Arrays.equals(m.personKeyBytes(), personKey)),
				"firstName", "caseFile.member.already");
		members.add(new HouseholdMember(members.size(), relation, firstName.strip(), lastName.strip(), birthDate,
				nationalRegisterNumber, personKey));
	}

	/** The head hands the file to {@code worker}, who replaces the workers assigned so far. */
	void assignTo(String worker) {
		requireOpen();
		RuleViolation.require(worker != null && !worker.isBlank(), "worker", "caseFile.assign.worker.required");
		workers.clear();
		workers.add(worker);
	}

	/** A worker who took an intake of this household in charge works on the file too. */
	void involve(String worker) {
		workers.add(worker);
	}

	/** Forwards one of the file's requests to the competent OCMW. */
	void forward(long requestId, String competentOcmw, String reasons, LocalDate on, LocalDate today) {
		request(requestId).forward(competentOcmw, reasons, on, today);
	}

	void planHearing(long requestId, java.time.LocalDateTime at, String place, LocalDate invitedOn, LocalDate today) {
		requireOpen();
		request(requestId).planHearing(at, place, invitedOn, today);
	}

	void recordHearingOutcome(long requestId, String outcome, java.time.LocalDateTime now) {
		requireOpen();
		request(requestId).recordHearingOutcome(outcome, now);
	}

	void propose(long requestId, AidRequest.Decision draft, String reasons, String legalBasis,
			java.math.BigDecimal amount, LocalDate from, LocalDate until, LocalDate today, String by) {
		requireOpen();
		request(requestId).propose(draft, reasons, legalBasis, amount, from, until, today, by);
	}

	void decide(long requestId, LocalDate on, AidRequest.DecidedBy by, LocalDate today) {
		request(requestId).decide(on, by, today);
	}

	void proposalRejected(long requestId) {
		request(requestId).proposalRejected();
	}

	void ratify(long requestId) {
		request(requestId).ratify();
	}

	void notify(long requestId, LocalDate on, AidRequest.NotificationMethod method, LocalDate today) {
		request(requestId).notify(on, method, today);
	}

	/**
	 * Closes the file with a reason, on {@code today}, by {@code by}: only when no request still waits for a
	 * proposal, a decision or its notification (open, proposed or decided); forwarded and notified ones are done.
	 */
	void close(ClosureReason reason, LocalDate today, String by) {
		requireOpen();
		RuleViolation.require(reason != null, "reason", "caseFile.closure.reason.required");
		RuleViolation.require(requests.stream().noneMatch(CaseFile::pending), null, "caseFile.closure.pendingRequests");
		followUps.stream().filter(FollowUp::isOpen).forEach(f -> f.closeWithFile(today, by));
		this.status = Status.CLOSED;
		this.closedOn = today;
		this.closureReason = reason;
		this.closedBy = by;
	}

	/** Whether closing now is allowed as far as the requests go. */
	public boolean closable() {
		return status == Status.OPEN && requests.stream().noneMatch(CaseFile::pending);
	}

	private static boolean pending(AidRequest request) {
		return request.getStatus() == AidRequest.Status.OPEN || request.getStatus() == AidRequest.Status.PROPOSED
				|| request.getStatus() == AidRequest.Status.DECIDED;
	}

	/** A household that returns with a new request reopens its closed file. */
	private void reopen(LocalDate on) {
		this.status = Status.OPEN;
		this.closedOn = null;
		this.closureReason = null;
		this.closedBy = null;
		if (followUps.stream().noneMatch(f -> f.isOpen() && f.getKind() == FollowUp.Kind.HOME_VISIT)) {
			followUps.add(new FollowUp(FollowUp.Kind.HOME_VISIT, nextHomeVisit(), null, on, openedBy));
		}
	}

	/** How far ahead a review can be planned. */
	static final int REVIEW_MAX_YEARS_AHEAD = 2;

	/** Plans a review: a date from today up to {@link #REVIEW_MAX_YEARS_AHEAD} years ahead, and what to review. */
	FollowUp planReview(LocalDate dueOn, String subject, LocalDate today, String by) {
		requireOpen();
		RuleViolation.require(dueOn != null, "dueOn", "followUp.dueOn.required");
		RuleViolation.require(!dueOn.isBefore(today) && !dueOn.isAfter(today.plusYears(REVIEW_MAX_YEARS_AHEAD)), "dueOn",
				"followUp.dueOn.range", REVIEW_MAX_YEARS_AHEAD);
		RuleViolation.require(subject != null && !subject.isBlank(), "subject", "followUp.subject.required");
		RuleViolation.require(subject.strip().length() <= 500, "subject", "followUp.subject.tooLong", 500);
		var review = new FollowUp(FollowUp.Kind.REVIEW, dueOn, subject.strip(), today, by);
		followUps.add(review);
		return review;
	}

	/** Marks an open reminder done today; for the home visit that records the visit (next one a year later). */
	FollowUp markFollowUpDone(long followUpId, LocalDate today, String by) {
		requireOpen();
		var followUp = followUps.stream()
			.filter(f -> f.getId() != null && f.getId() == followUpId)
			.findFirst()
			.orElseThrow(() -> RuleViolation.ofForm("followUp.unknown"));
		RuleViolation.require(followUp.isOpen(), null, "followUp.notOpen");
		if (followUp.getKind() == FollowUp.Kind.HOME_VISIT) {
			recordHomeVisit(today, today, by);
		}
		else {
			followUp.markDone(today, by);
		}
		return followUp;
	}

	/**
	 * A home visit took place {@code on}: the open home-visit reminder is done and the next is due a year later. The
	 * social investigation's home visits can call this when they are recorded.
	 */
	void recordHomeVisit(LocalDate on, LocalDate today, String by) {
		requireOpen();
		RuleViolation.require(on != null && !on.isAfter(today) && !on.isBefore(openedOn), "visitedOn",
				"followUp.homeVisit.range");
		followUps.stream()
			.filter(f -> f.isOpen() && f.getKind() == FollowUp.Kind.HOME_VISIT)
			.forEach(f -> f.markDone(today, by));
		if (lastHomeVisitOn == null || on.isAfter(lastHomeVisitOn)) {
			lastHomeVisitOn = on;
		}
		followUps.add(new FollowUp(FollowUp.Kind.HOME_VISIT, nextHomeVisit(), null, today, by));
	}

	/** The yearly home visit is due a year after the last one, or a year after the file opened. */
	LocalDate nextHomeVisit() {
		return (lastHomeVisitOn != null ? lastHomeVisitOn : openedOn).plusYears(1);
	}

	/** Whether the retention period after closure has run out on {@code today}. */
	public boolean pastRetention(LocalDate today, int retentionYears) {
		return status == Status.CLOSED && anonymisedOn == null && !closedOn.plusYears(retentionYears).isAfter(today);
	}

	/** Anonymisation approved by the DPO: members erased, reminders gone; the rest is listed in {@link Anonymisation}. */
	void anonymise(LocalDate today, int retentionYears, String by) {
		RuleViolation.require(anonymisedOn == null, null, "retention.alreadyAnonymised");
		RuleViolation.require(pastRetention(today, retentionYears), null, "retention.notPast");
		members.forEach(HouseholdMember::erase);
		followUps.clear();
		lastHomeVisitOn = null;
		anonymisedOn = today;
		anonymisedBy = by;
	}

	public AidRequest request(long requestId) {
		return requests.stream()
			.filter(r -> r.getId() == requestId)
			.findFirst()
			.orElseThrow(() -> RuleViolation.ofForm("request.unknown"));
	}

	public boolean isAssignedTo(String username) {
		return workers.contains(username);
	}

	private void requireOpen() {
		RuleViolation.require(status == Status.OPEN, null, "caseFile.closed");
	}

	public Long getId() {
		return id;
	}

	public String getFileNumber() {
		return fileNumber;
	}

	public LocalDate getOpenedOn() {
		return openedOn;
	}

	public String getOpenedBy() {
		return openedBy;
	}

	public LocalDate getClosedOn() {
		return closedOn;
	}

	public ClosureReason getClosureReason() {
		return closureReason;
	}

	public String getClosedBy() {
		return closedBy;
	}

	public LocalDate getLastHomeVisitOn() {
		return lastHomeVisitOn;
	}

	public LocalDate getAnonymisedOn() {
		return anonymisedOn;
	}

	public String getAnonymisedBy() {
		return anonymisedBy;
	}

	public List<FollowUp> getFollowUps() {
		return Collections.unmodifiableList(followUps);
	}

	/** The reminders still open, the earliest first. */
	public List<FollowUp> openFollowUps() {
		return followUps.stream().filter(FollowUp::isOpen).toList();
	}

	public Status getStatus() {
		return status;
	}

	public long getVersion() {
		return version;
	}

	public List<HouseholdMember> getMembers() {
		return Collections.unmodifiableList(members);
	}

	public Optional<HouseholdMember> applicant() {
		return members.stream().filter(m -> m.getRelation() == HouseholdMember.Relation.APPLICANT).findFirst();
	}

	public Set<String> getWorkers() {
		return Collections.unmodifiableSet(workers);
	}

	public List<AidRequest> getRequests() {
		return Collections.unmodifiableList(requests);
	}

}

package be.eenloket.socialcases.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import be.eenloket.kernel.RuleViolation;
import jakarta.persistence.CascadeType;
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
 * A meeting of the BCSD (Bijzonder Comité voor de Sociale Dienst): planned by its secretary, an agenda of ready
 * proposals and the chair's urgent decisions to ratify, the notice (8 days ahead; items added later are urgent and
 * need the 2/3 mention), attendance and quorum, each item's vote, and closing. Closed sessions: members read the
 * agenda from the notice date until the meeting is closed.
 */
@Entity
@Table(name = "sc_bcsd_meeting")
public class BcsdMeeting {

	public static final int NOTICE_DAYS = 8;

	public static final Set<Integer> SIZES = Set.of(6, 8, 10, 12);

	public enum Status {

		PLANNED, CLOSED;

		public String messageKey() {
			return "bcsd.meeting.status." + name();
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDateTime meetingAt;

	private String place;

	private int members;

	private LocalDate noticeOn;

	private Integer present;

	@Enumerated(EnumType.STRING)
	private Status status = Status.PLANNED;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "meeting_id", nullable = false)
	@OrderBy("position")
	private List<BcsdItem> items = new ArrayList<>();

	protected BcsdMeeting() {
	}

	BcsdMeeting(LocalDateTime meetingAt, String place, int members, LocalDate today) {
		RuleViolation.require(meetingAt != null, "meetingDate", "bcsd.meeting.at.required");
		RuleViolation.require(!meetingAt.toLocalDate().isBefore(today), "meetingDate", "bcsd.meeting.at.past");
		RuleViolation.require(!meetingAt.toLocalDate().isAfter(today.plusYears(1)), "meetingDate", "bcsd.meeting.at.tooFar");
		RuleViolation.require(place != null && !place.isBlank(), "place", "bcsd.meeting.place.required");
		RuleViolation.require(SIZES.contains(members), "members", "bcsd.meeting.members.size");
		this.meetingAt = meetingAt;
		this.place = place.strip();
		this.members = members;
	}

	/** The last day the notice can go out for the agenda to be on time. */
	public LocalDate noticeDeadline() {
		return meetingAt.toLocalDate().minusDays(NOTICE_DAYS);
	}

	/** Puts a request on the agenda; after the notice deadline the item is urgent. */
	BcsdItem add(AidRequest request, long caseFileId, BcsdItem.Kind kind, LocalDate today) {
		requirePlanned();
		RuleViolation.require(present == null, null, "bcsd.item.afterAttendance");
		if (kind == BcsdItem.Kind.DECISION) {
			RuleViolation.require(request.getStatus() == AidRequest.Status.PROPOSED, "requestId", "bcsd.item.notProposed");
		}
		else {
			RuleViolation.require(request.getDecidedBy() == AidRequest.DecidedBy.CHAIR
					&& Boolean.FALSE.equals(request.getRatified()), "requestId", "bcsd.item.notToRatify");
		}
		RuleViolation.require(items.stream().noneMatch(i -> i.getRequestId() == request.getId()), "requestId",
				"bcsd.item.already");
		var urgent = today.isAfter(noticeDeadline()) || (noticeOn != null && noticeOn.isAfter(noticeDeadline()));
		var item = new BcsdItem(items.size() + 1, request.getId(), caseFileId, kind, today, urgent);
		items.add(item);
		return item;
	}

	/** The convocation with the agenda goes out today; sent late, every item is urgent. */
	void sendNotice(LocalDate today) {
		requirePlanned();
		RuleViolation.require(noticeOn == null, null, "bcsd.notice.already");
		RuleViolation.require(!items.isEmpty(), null, "bcsd.notice.emptyAgenda");
		RuleViolation.require(!today.isAfter(meetingAt.toLocalDate()), null, "bcsd.notice.afterMeeting");
		this.noticeOn = today;
		if (today.isAfter(noticeDeadline())) {
			items.forEach(BcsdItem::markUrgent);
		}
	}

	/** Members present at the meeting, the chair included. */
	void recordAttendance(int presentMembers, LocalDate today) {
		requirePlanned();
		RuleViolation.require(noticeOn != null, null, "bcsd.attendance.noNotice");
		RuleViolation.require(!today.isBefore(meetingAt.toLocalDate()), "present", "bcsd.attendance.beforeMeeting");
		RuleViolation.require(presentMembers >= 0 && presentMembers <= members + 1, "present", "bcsd.attendance.range",
				members + 1);
		RuleViolation.require(items.stream().allMatch(i -> i.getOutcome() == null), "present", "bcsd.attendance.afterVotes");
		this.present = presentMembers;
	}

	/** A majority of the members (chair included) is present. */
	public boolean hasQuorum() {
		return present != null && present * 2 > members + 1;
	}

	BcsdItem.Outcome vote(long itemId, int forVotes, int against, int abstain, boolean urgencyAccepted) {
		requirePlanned();
		RuleViolation.require(present != null, null, "bcsd.vote.noAttendance");
		RuleViolation.require(hasQuorum(), null, "bcsd.vote.noQuorum");
		return item(itemId).vote(forVotes, against, abstain, urgencyAccepted, present);
	}

	void close() {
		requirePlanned();
		RuleViolation.require(present != null && items.stream().allMatch(i -> i.getOutcome() != null), null,
				"bcsd.close.openItems");
		this.status = Status.CLOSED;
	}

	/** BCSD members read the agenda from the notice date until the meeting is closed, and never otherwise. */
	public boolean openToMembers(LocalDate today) {
		return status == Status.PLANNED && noticeOn != null && !today.isBefore(noticeOn);
	}

	public BcsdItem item(long itemId) {
		return items.stream().filter(i -> i.getId() == itemId).findFirst()
			.orElseThrow(() -> new RuleViolation(null, "bcsd.item.unknown"));
	}

	private void requirePlanned() {
		RuleViolation.require(status == Status.PLANNED, null, "bcsd.meeting.closed");
	}

	public Long getId() {
		return id;
	}

	public LocalDateTime getMeetingAt() {
		return meetingAt;
	}

	public String getPlace() {
		return place;
	}

	public int getMembers() {
		return members;
	}

	public LocalDate getNoticeOn() {
		return noticeOn;
	}

	public Integer getPresent() {
		return present;
	}

	public Status getStatus() {
		return status;
	}

	public long getVersion() {
		return version;
	}

	public List<BcsdItem> getItems() {
		return Collections.unmodifiableList(items);
	}

}

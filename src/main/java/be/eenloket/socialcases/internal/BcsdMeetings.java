package be.eenloket.socialcases.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import be.eenloket.frontdesk.SocialAidRequestType;
import be.eenloket.identity.AuditLog;
import be.eenloket.identity.Role;
import be.eenloket.kernel.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The BCSD's work: the secretary plans meetings and builds their agendas, records attendance and votes; a vote
 * decides the request in its case file in the same transaction. The chair decides urgent cases alone, to be ratified
 * at the next meeting. Every read of an agenda item's content is a read of its file, logged with purpose BCSD.
 */
@Service
public class BcsdMeetings {

	private static final String MODULE = "socialcases";

	private final BcsdMeetingRepository meetings;

	private final CaseFileRepository files;

	private final FileAccess access;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	BcsdMeetings(BcsdMeetingRepository meetings, CaseFileRepository files, FileAccess access, AuditLog audit,
			JdbcClient jdbc, Clock clock) {
		this.meetings = meetings;
		this.files = files;
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public long plan(LocalDateTime at, String place, int members) {
		var meeting = meetings.save(new BcsdMeeting(at, place, members, LocalDate.now(clock)));
		audit.record(MODULE, "CREATED", "BcsdMeeting", meeting.getId(), "BCSD-vergadering gepland op " + at);
		return meeting.getId();
	}

	/** A line of the meeting list. */
	public record MeetingRow(long id, LocalDateTime meetingAt, String place, BcsdMeeting.Status status,
			LocalDate noticeOn, int items, int urgentItems) {
	}

	/** Meetings, latest first; a BCSD member sees only those whose agenda is open to members today. */
	@Transactional(readOnly = true)
	public List<MeetingRow> list(Viewer viewer) {
		var onlyOpen = !viewer.roles().contains(Role.BCSD_SECRETARY) && !viewer.roles().contains(Role.BCSD_CHAIR);
		return jdbc.sql("""
				select m.id, m.meeting_at, m.place, m.status, m.notice_on,
				       (select count(*) from sc_bcsd_item i where i.meeting_id = m.id) as items,
				       (select count(*) from sc_bcsd_item i where i.meeting_id = m.id and i.urgent) as urgent
				from sc_bcsd_meeting m
				where not :onlyOpen or (m.status = 'PLANNED' and m.notice_on is not null and m.notice_on <= :today)
				order by m.meeting_at desc limit 100""")
			.param("onlyOpen", onlyOpen)
			.param("today", LocalDate.now(clock))
			.query((rs, n) -> new MeetingRow(rs.getLong("id"), rs.getObject("meeting_at", LocalDateTime.class),
					rs.getString("place"), BcsdMeeting.Status.valueOf(rs.getString("status")),
					rs.getObject("notice_on", LocalDate.class), rs.getInt("items"), rs.getInt("urgent")))
			.list();
	}

	/** The meeting with its items, for the secretary: numbers and outcomes only, no content of the files. */
	@Transactional(readOnly = true)
	public BcsdMeeting meeting(long id) {
		return meetings.findById(id).orElseThrow(() -> new CaseFileNotFound(id));
	}

	/** What the secretary's page shows of an item or a candidate: which request, no personal data. */
	public record ItemLine(long requestId, long caseFileId, String fileNumber, String registerNumber,
			SocialAidRequestType type, AidRequest.Decision proposedDecision, LocalDate decideBy, String kind) {
	}

	/** The file numbers and types of the items on the agenda, by request id. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, ItemLine> lines(BcsdMeeting meeting) {
		var result = new java.util.HashMap<Long, ItemLine>();
		for (var item : meeting.getItems()) {
			line(item.getRequestId(), item.getKind().name()).ifPresent(l -> result.put(item.getRequestId(), l));
		}
		return result;
	}

	/** Requests that can go on an agenda: ready proposals and the chair's decisions awaiting ratification. */
	@Transactional(readOnly = true)
	public List<ItemLine> candidates() {
		return jdbc.sql("""
				select r.id, r.case_file_id, f.file_number, r.register_number, r.type, r.proposed_decision, r.decide_by,
				       case when r.status = 'PROPOSED' then 'DECISION' else 'RATIFICATION' end as kind
				from sc_aid_request r join sc_case_file f on f.id = r.case_file_id
				where (r.status = 'PROPOSED' or (r.decided_by = 'CHAIR' and r.ratified = false))
				  and not exists (select 1 from sc_bcsd_item i join sc_bcsd_meeting m on m.id = i.meeting_id
				                  where i.request_id = r.id and m.status = 'PLANNED')
				order by r.decide_by, r.id limit 200""")
			.query((rs, n) -> itemLine(rs))
			.list();
	}

	private java.util.Optional<ItemLine> line(long requestId, String kind) {
		return jdbc.sql("""
				select r.id, r.case_file_id, f.file_number, r.register_number, r.type, r.proposed_decision, r.decide_by,
				       cast(:kind as varchar) as kind
				from sc_aid_request r join sc_case_file f on f.id = r.case_file_id where r.id = :id""")
			.param("kind", kind)
			.param("id", requestId)
			.query((rs, n) -> itemLine(rs))
			.optional();
	}

	private static ItemLine itemLine(java.sql.ResultSet rs) throws java.sql.SQLException {
		var decision = rs.getString("proposed_decision");
		return new ItemLine(rs.getLong("id"), rs.getLong("case_file_id"), rs.getString("file_number"),
				rs.getString("register_number"), SocialAidRequestType.valueOf(rs.getString("type")),
				decision == null ? null : AidRequest.Decision.valueOf(decision), rs.getObject("decide_by", LocalDate.class),
				rs.getString("kind"));
	}

	@Transactional
	public void addItem(long meetingId, long version, long requestId) {
		var meeting = forChange(meetingId, version);
		var file = files.findByRequest(requestId).orElseThrow(() -> new RuleViolation("requestId", "bcsd.item.notProposed"));
		var request = file.request(requestId);
		var toRatify = request.getDecidedBy() == AidRequest.DecidedBy.CHAIR && Boolean.FALSE.equals(request.getRatified());
		RuleViolation.require(request.getStatus() == AidRequest.Status.PROPOSED || toRatify, "requestId",
				"bcsd.item.notProposed");
		var kind = toRatify ? BcsdItem.Kind.RATIFICATION : BcsdItem.Kind.DECISION;
		RuleViolation.require(!onAnotherPlannedMeeting(meetingId, requestId), "requestId", "bcsd.item.elsewhere");
		meeting.add(request, file.getId(), kind, LocalDate.now(clock));
		audit.record(MODULE, "UPDATED", "BcsdMeeting", meetingId, "Agendapunt toegevoegd: dossier " + file.getFileNumber());
	}

	private boolean onAnotherPlannedMeeting(long meetingId, long requestId) {
		return jdbc.sql("""
				select count(*) from sc_bcsd_item i join sc_bcsd_meeting m on m.id = i.meeting_id
				where i.request_id = ? and m.status = 'PLANNED' and m.id <> ?""")
			.params(requestId, meetingId)
			.query(Long.class)
			.single() > 0;
	}

	@Transactional
	public void sendNotice(long meetingId, long version) {
		var meeting = forChange(meetingId, version);
		meeting.sendNotice(LocalDate.now(clock));
		audit.record(MODULE, "NOTICE_SENT", "BcsdMeeting", meetingId, "Oproeping met agenda verstuurd");
	}

	@Transactional
	public void recordAttendance(long meetingId, long version, int present) {
		var meeting = forChange(meetingId, version);
		meeting.recordAttendance(present, LocalDate.now(clock));
		audit.record(MODULE, "ATTENDANCE", "BcsdMeeting", meetingId, present + " leden aanwezig");
	}

	/** Records an item's vote and applies it to the request: decided, proposal rejected, or ratified. */
	@Transactional
	public BcsdItem.Outcome vote(long meetingId, long version, long itemId, int forVotes, int against, int abstain,
			boolean urgencyAccepted) {
		var meeting = forChange(meetingId, version);
		var outcome = meeting.vote(itemId, forVotes, against, abstain, urgencyAccepted);
		var item = meeting.item(itemId);
		var file = files.findForChangeByRequest(item.getRequestId()).orElseThrow();
		var meetingDay = meeting.getMeetingAt().toLocalDate();
		if (item.getKind() == BcsdItem.Kind.DECISION) {
			if (outcome == BcsdItem.Outcome.ADOPTED) {
				file.decide(item.getRequestId(), meetingDay, AidRequest.DecidedBy.BCSD, LocalDate.now(clock));
			}
			else {
				file.proposalRejected(item.getRequestId());
			}
		}
		else if (outcome == BcsdItem.Outcome.ADOPTED) {
			file.ratify(item.getRequestId());
		}
		audit.record(MODULE, "VOTED", "BcsdMeeting", meetingId, "Stemming over dossier " + file.getFileNumber() + ": "
				+ forVotes + " voor, " + against + " tegen, " + abstain + " onthouding(en): " + outcome);
		return outcome;
	}

	@Transactional
	public void close(long meetingId, long version) {
		var meeting = forChange(meetingId, version);
		meeting.close();
		audit.record(MODULE, "CLOSED", "BcsdMeeting", meetingId, "BCSD-vergadering afgesloten");
	}

	/** What a BCSD member, the chair or the secretary reads of an agenda item: the reasoned draft decision. */
	public record AgendaEntry(int position, long requestId, String fileNumber, String applicant,
			SocialAidRequestType type, LocalDate receivedOn, LocalDate decideBy, BcsdItem.Kind kind, boolean urgent,
			AidRequest.Decision proposedDecision, String reasons, String legalBasis, BigDecimal amount,
			LocalDate aidFrom, LocalDate aidUntil, BcsdItem.Outcome outcome, Integer votesFor, Integer votesAgainst,
			Integer votesAbstain) {
	}

	public record Agenda(BcsdMeeting meeting, List<AgendaEntry> entries) {
	}

	/**
	 * The agenda with the content of each item. Members read it only from the notice date until the meeting is
	 * closed; each item read is one access-log row on its file (purpose BCSD).
	 */
	@Transactional
	public Agenda agenda(long meetingId, Viewer viewer) {
		var meeting = meetings.findById(meetingId).orElseThrow(() -> new CaseFileNotFound(meetingId));
		var isMemberOnly = !viewer.roles().contains(Role.BCSD_SECRETARY) && !viewer.roles().contains(Role.BCSD_CHAIR);
		if (isMemberOnly && !meeting.openToMembers(LocalDate.now(clock))) {
			throw new AccessDeniedException("The agenda is not open to members");
		}
		var entries = new ArrayList<AgendaEntry>();
		for (var item : meeting.getItems()) {
			var file = files.findById(item.getCaseFileId()).orElseThrow();
			var request = file.request(item.getRequestId());
			access.log(file.getId(), viewer.username(), FileAccess.What.FILE,
					"Agenda BCSD " + meeting.getMeetingAt().toLocalDate() + ", punt " + item.getPosition(),
					FileAccess.Purpose.BCSD);
			entries.add(new AgendaEntry(item.getPosition(), request.getId(), file.getFileNumber(),
					file.applicant().map(HouseholdMember::fullName).orElse(null), request.getType(),
					request.getReceivedOn(), request.clock().decideBy(), item.getKind(), item.isUrgent(),
					request.getProposedDecision() != null ? request.getProposedDecision() : request.getDecision(),
					request.getProposalReasons(), legalBasisLabel(request.getLegalBasis()), request.getAmount(),
					request.getAidFrom(), request.getAidUntil(), item.getOutcome(), item.getVotesFor(),
					item.getVotesAgainst(), item.getVotesAbstain()));
		}
		return new Agenda(meeting, entries);
	}

	/** Proposals the chair may decide alone in an urgent case. */
	@Transactional(readOnly = true)
	public List<ItemLine> proposalsForChair() {
		return candidates().stream().filter(c -> "DECISION".equals(c.kind())).toList();
	}

	/** The chair decides a proposal alone, today; the next meeting must ratify it. */
	@Transactional
	public void chairDecides(long requestId, Viewer viewer) {
		RuleViolation.require(viewer.roles().contains(Role.BCSD_CHAIR), null, "bcsd.chair.only");
		var file = files.findForChangeByRequest(requestId)
			.orElseThrow(() -> new RuleViolation("requestId", "bcsd.item.notProposed"));
		RuleViolation.require(!onAnotherPlannedMeeting(-1, requestId), "requestId", "bcsd.chair.onAgenda");
		var today = LocalDate.now(clock);
		file.decide(requestId, today, AidRequest.DecidedBy.CHAIR, today);
		audit.record(MODULE, "URGENT_DECISION", "AidRequest", requestId,
				"Dringende beslissing door de voorzitter in dossier " + file.getFileNumber() + ", te bekrachtigen");
	}

	private String legalBasisLabel(String code) {
		return code == null ? null
				: jdbc.sql("select label from sc_legal_basis where code = ?").param(code).query(String.class).optional()
					.orElse(code);
	}

	private BcsdMeeting forChange(long id, long version) {
		var meeting = meetings.findForChange(id).orElseThrow(() -> new CaseFileNotFound(id));
		if (meeting.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(BcsdMeeting.class, id);
		}
		return meeting;
	}

}

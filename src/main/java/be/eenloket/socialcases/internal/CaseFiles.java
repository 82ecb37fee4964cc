package be.eenloket.socialcases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import be.eenloket.identity.AuditLog;
import be.eenloket.identity.Role;
import be.eenloket.identity.StaffAccounts;
import be.eenloket.shared.NationalRegisterNumber;
import be.eenloket.shared.RuleViolation;
import org.hibernate.Hibernate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The social service's case files: opened from an intake, assigned by the head, read on need-to-know (every read
 * logged), changed through the {@link CaseFile} aggregate. Lists and the deadline dashboard are SQL read models.
 */
@Service
public class CaseFiles {

	public static final int PAGE_SIZE = 25;

	/** Days before a deadline from which it shows as due soon. */
	public static final int SOON_DAYS = 5;

	private static final String MODULE = "socialcases";

	private final CaseFileRepository files;

	private final Intakes intakes;

	private final FileAccess access;

	private final SocialCrypto crypto;

	private final StaffAccounts staff;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseFiles(CaseFileRepository files, Intakes intakes, FileAccess access, SocialCrypto crypto, StaffAccounts staff,
			AuditLog audit, JdbcClient jdbc, Clock clock) {
		this.files = files;
		this.intakes = intakes;
		this.access = access;
		this.crypto = crypto;
		this.staff = staff;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Opens a case file for the person of a taken intake, or adds the request to the household's file when the
	 * person already has one (same national register number, or without one the same name and birth date). Doing it
	 * twice changes nothing: the intake's request is in one file once.
	 * @return the file's id
	 */
	@Transactional
	public long openFromIntake(long intakeId, Viewer viewer) {
		var intake = intakes.forCaseFile(intakeId);
		RuleViolation.require(intake.status() == IntakeStatus.TAKEN, null, "caseFile.open.notTaken");
		RuleViolation.require(viewer.isHead() || viewer.username().equals(intake.assignedTo()), null,
				"caseFile.open.notYours");
		var existing = files.findByIntake(intakeId);
		if (existing.isPresent()) {
			return existing.get().getId();
		}
		var nrn = intake.nationalRegisterNumber() == null ? null : intake.nationalRegisterNumber().digits();
		var key = crypto.personKey(nrn, intake.firstName(), intake.lastName(), intake.birthDate());
		var receivedOn = intake.requestedAt().toLocalDate();
		var today = LocalDate.now(clock);
		var file = files.findByMemberKey(key).orElse(null);
		if (file == null) {
			file = new CaseFile(nextFileNumber(today), today, viewer.username(), new HouseholdMember(0,
					HouseholdMember.Relation.APPLICANT, intake.firstName(), intake.lastName(), intake.birthDate(), nrn, key));
			file.addRequest(intakeId, intake.registerNumber(), intake.type(), intake.language(), receivedOn);
			file = files.save(file);
			audit.record(MODULE, "CREATED", "CaseFile", file.getId(),
					"Dossier " + file.getFileNumber() + " geopend voor hulpvraag " + intake.registerNumber());
		}
		else {
			if (file.getStatus() == CaseFile.Status.CLOSED) {
				audit.record(MODULE, "REOPENED", "CaseFile", file.getId(),
						"Dossier " + file.getFileNumber() + " heropend voor hulpvraag " + intake.registerNumber());
			}
			file.addRequest(intakeId, intake.registerNumber(), intake.type(), intake.language(), receivedOn);
			file.involve(intake.assignedTo());
			files.save(file);
			audit.record(MODULE, "UPDATED", "CaseFile", file.getId(),
					"Hulpvraag " + intake.registerNumber() + " toegevoegd aan dossier " + file.getFileNumber());
		}
		return file.getId();
	}

	/** The file for reading, after the need-to-know check; writes the one access-log row of this read. */
	@Transactional
	public Read read(long id, Viewer viewer) {
		var file = files.findById(id).orElseThrow(() -> new CaseFileNotFound(id));
		var purpose = access.read(file, viewer, FileAccess.What.FILE, "Dossier " + file.getFileNumber());
		Hibernate.initialize(file.getRequests());
		file.getRequests().forEach(AidRequest::getForwardReasons);
		file.getFollowUps().forEach(FollowUp::getSubject);
		return new Read(file, purpose);
	}

	/** A file as one viewer may read it, and why. */
	public record Read(CaseFile file, FileAccess.Purpose purpose) {

		public boolean byHead() {
			return purpose == FileAccess.Purpose.HEAD;
		}

	}

	/** The head (re)assigns the file to one social worker. */
	@Transactional
	public void assign(long id, long version, String worker, Viewer viewer) {
		RuleViolation.require(viewer.isHead(), null, "caseFile.assign.headOnly");
		RuleViolation.require(worker != null && staff.enabledWithRole(Role.SOCIAL_WORKER).contains(worker), "worker",
				"caseFile.assign.worker.required");
		var file = forChange(id, version);
		file.assignTo(worker);
		audit.record(MODULE, "ASSIGNED", "CaseFile", id, "Dossier " + file.getFileNumber() + " toegewezen aan " + worker);
	}

	/** Adds a household member; a person already in another household's file is refused. */
	@Transactional
	public void addMember(long id, long version, MemberCommand member, Viewer viewer) {
		var file = forChange(id, version);
		access.purpose(file, viewer);
		String nrn = null;
		if (member.nationalRegisterNumber() != null && !member.nationalRegisterNumber().isBlank()) {
			nrn = NationalRegisterNumber.parse(member.nationalRegisterNumber())
				.map(NationalRegisterNumber::digits)
				.orElseThrow(() -> new RuleViolation("nationalRegisterNumber", "caseFile.member.nrn.invalid"));
		}
		var key = crypto.personKey(nrn, member.firstName(), member.lastName(), member.birthDate());
		files.findByMemberKey(key)
			.filter(other -> !other.getId().equals(file.getId()))
			.ifPresent(other -> {
				throw new RuleViolation("firstName", "caseFile.member.elsewhere");
			});
		file.addMember(member.relation(), member.firstName(), member.lastName(), member.birthDate(), nrn, key,
				LocalDate.now(clock));
		audit.record(MODULE, "UPDATED", "CaseFile", id, "Gezinslid toegevoegd aan dossier " + file.getFileNumber());
	}

	/**
	 * Closes a file with a reason: its assigned worker or the head, once no request waits for a proposal, decision
	 * or notification. Audited; a change, not a read, so the access log gets no row.
	 */
	@Transactional
	public void close(long id, long version, CaseFile.ClosureReason reason, Viewer viewer) {
		var file = forChange(id, version);
		RuleViolation.require(viewer.isHead() || (viewer.isSocialWorker() && file.isAssignedTo(viewer.username())),
				null, "caseFile.closure.notAllowed");
		file.close(reason, LocalDate.now(clock), viewer.username());
		audit.record(MODULE, "CLOSED", "CaseFile", id,
				"Dossier " + file.getFileNumber() + " afgesloten (" + reason.name() + ")");
	}

	/** What the form says about a new household member. */
	public record MemberCommand(HouseholdMember.Relation relation, String firstName, String lastName,
			LocalDate birthDate, String nationalRegisterNumber) {
	}

	/** Forwards a request to the competent OCMW (within 5 days of receipt, by law) with the reasons. */
	@Transactional
	public void forward(long id, long version, long requestId, String competentOcmw, String reasons, LocalDate on,
			Viewer viewer) {
		var file = forChange(id, version);
		access.purpose(file, viewer);
		file.forward(requestId, competentOcmw, reasons, on, LocalDate.now(clock));
		audit.record(MODULE, "FORWARDED", "AidRequest", requestId,
				"Hulpvraag " + file.request(requestId).getRegisterNumber() + " doorgestuurd naar het bevoegde OCMW");
	}

	/** One request of a file for reading (the request page): need-to-know, one access-log row. */
	@Transactional
	public Read readRequest(long id, long requestId, Viewer viewer) {
		var file = files.findById(id).orElseThrow(() -> new CaseFileNotFound(id));
		var request = file.getRequests().stream().filter(r -> r.getId() == requestId).findFirst()
			.orElseThrow(() -> new CaseFileNotFound(id));
		var purpose = access.read(file, viewer, FileAccess.What.FILE, "Aanvraag " + request.getRegisterNumber());
		return new Read(file, purpose);
	}

	/** Invites the applicant to be heard. */
	@Transactional
	public void planHearing(long id, long version, long requestId, java.time.LocalDateTime at, String place,
			LocalDate invitedOn, Viewer viewer) {
		var file = forChange(id, version);
		access.purpose(file, viewer);
		file.planHearing(requestId, at, place, invitedOn, LocalDate.now(clock));
		audit.record(MODULE, "HEARING_PLANNED", "AidRequest", requestId, "Hoorzitting gepland in dossier " + file.getFileNumber());
	}

	@Transactional
	public void recordHearingOutcome(long id, long version, long requestId, String outcome, Viewer viewer) {
		var file = forChange(id, version);
		access.purpose(file, viewer);
		file.recordHearingOutcome(requestId, outcome, java.time.LocalDateTime.now(clock));
		audit.record(MODULE, "HEARD", "AidRequest", requestId, "Uitkomst hoorzitting genoteerd in dossier " + file.getFileNumber());
	}

	/** What a proposal says. */
	public record Proposal(AidRequest.Decision decision, String reasons, String legalBasis, java.math.BigDecimal amount,
			LocalDate aidFrom, LocalDate aidUntil) {
	}

	/** The reasoned draft decision for the BCSD, citing a legal basis from the maintained list. */
	@Transactional
	public void propose(long id, long version, long requestId, Proposal proposal, Viewer viewer) {
		var file = forChange(id, version);
		access.purpose(file, viewer);
		RuleViolation.require(proposal.legalBasis() == null || proposal.legalBasis().isBlank()
				|| legalBases().stream().anyMatch(b -> b.code().equals(proposal.legalBasis())), "legalBasis",
				"request.proposal.legalBasis.required");
		file.propose(requestId, proposal.decision(), proposal.reasons(), proposal.legalBasis(), proposal.amount(),
				proposal.aidFrom(), proposal.aidUntil(), LocalDate.now(clock), viewer.username());
		audit.record(MODULE, "PROPOSED", "AidRequest", requestId, "Voorstel aan het BCSD in dossier " + file.getFileNumber());
	}

	/** Records when and how the decision reached the applicant. */
	@Transactional
	public void notify(long id, long version, long requestId, LocalDate on, AidRequest.NotificationMethod method,
			Viewer viewer) {
		var file = forChange(id, version);
		access.purpose(file, viewer);
		file.notify(requestId, on, method, LocalDate.now(clock));
		audit.record(MODULE, "NOTIFIED", "AidRequest", requestId, "Beslissing betekend in dossier " + file.getFileNumber());
	}

	/** A legal basis a proposal may cite. */
	public record LegalBasis(String code, String label) {
	}

	/** The maintained list of legal bases (table sc_legal_basis), active ones only. */
	public List<LegalBasis> legalBases() {
		return jdbc.sql("select code, label from sc_legal_basis where active order by code")
			.query((rs, n) -> new LegalBasis(rs.getString(1), rs.getString(2)))
			.list();
	}

	public String legalBasisLabel(String code) {
		return code == null ? null
				: jdbc.sql("select label from sc_legal_basis where code = ?").param(code).query(String.class).optional()
					.orElse(code);
	}

	/** The social workers the head can assign files to. */
	public List<String> socialWorkers() {
		return staff.enabledWithRole(Role.SOCIAL_WORKER);
	}

	private CaseFile forChange(long id, long version) {
		var file = files.findForChange(id).orElseThrow(() -> new CaseFileNotFound(id));
		if (file.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(CaseFile.class, id);
		}
		return file;
	}

	private String nextFileNumber(LocalDate today) {
		var next = jdbc.sql("select nextval('sc_case_file_number_seq')").query(Long.class).single();
		return "SD-%d-%06d".formatted(today.getYear(), next);
	}

	// ---- read models ----

	/** One line of a file list: the applicant's name only in the lists of the file's own workers. */
	public record FileRow(long id, String fileNumber, CaseFile.Status status, String applicant, String workers,
			int openRequests, LocalDate nextDeadline, long daysLeft) {

		public String urgency() {
			return nextDeadline == null ? "NONE" : daysLeft < 0 ? "OVERDUE" : daysLeft <= SOON_DAYS ? "SOON" : "ON_TIME";
		}

	}

	public record FilePage(List<FileRow> rows, String worker, int page, boolean hasNext) {
	}

	/**
	 * A worker's own files with the nearest decision deadline first; for the head every file, or one worker's.
	 */
	@Transactional(readOnly = true)
	public FilePage list(Viewer viewer, String workerFilter, int page) {
		var worker = viewer.isHead() ? (workerFilter == null || workerFilter.isBlank() ? null : workerFilter)
				: viewer.username();
		var safePage = Math.max(0, page);
		var today = LocalDate.now(clock);
		var rows = jdbc.sql("""
				select f.id, f.file_number, f.status,
				       (select m.first_name || ' ' || m.last_name from sc_household_member m
				        where m.case_file_id = f.id and m.relation = 'APPLICANT' limit 1) as applicant,
				       (select string_agg(w.username, ', ' order by w.username) from sc_case_worker w
				        where w.case_file_id = f.id) as workers,
				       d.open_requests, d.next_deadline
				from sc_case_file f
				left join lateral (select count(*) as open_requests, min(r.decide_by) as next_deadline
				                   from sc_aid_request r where r.case_file_id = f.id and r.status in ('OPEN', 'PROPOSED')) d on true
				where cast(:worker as varchar) is null
				   or exists (select 1 from sc_case_worker w where w.case_file_id = f.id and w.username = cast(:worker as varchar))
				order by d.next_deadline nulls last, f.id desc
				limit :limit offset :offset""")
			.param("worker", worker)
			.param("limit", PAGE_SIZE + 1)
			.param("offset", (long) safePage * PAGE_SIZE)
			.query((rs, n) -> fileRow(rs, today, viewer))
			.list();
		var hasNext = rows.size() > PAGE_SIZE;
		return new FilePage(List.copyOf(hasNext ? rows.subList(0, PAGE_SIZE) : rows), worker, safePage, hasNext);
	}

	private static FileRow fileRow(ResultSet rs, LocalDate today, Viewer viewer) throws SQLException {
		var next = rs.getObject("next_deadline", LocalDate.class);
		var workers = rs.getString("workers");
		// the head's overview shows file numbers, not names: need-to-know also in lists
		var ownFile = workers != null && List.of(workers.split(", ")).contains(viewer.username());
		return new FileRow(rs.getLong("id"), rs.getString("file_number"), CaseFile.Status.valueOf(rs.getString("status")),
				ownFile ? rs.getString("applicant") : null, workers, rs.getInt("open_requests"), next,
				next == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(today, next));
	}

	/** One worker's count of open requests: overdue, due within {@link #SOON_DAYS} days, all. */
	public record WorkerLoad(String worker, long overdue, long dueSoon, long open, LocalDate nearest) {
	}

	/** A request whose decision deadline passed or is near. */
	public record DeadlineRow(long fileId, String fileNumber, String registerNumber,
			be.eenloket.frontdesk.SocialAidRequestType type, LocalDate receivedOn, LocalDate decideBy, long daysLeft,
			String workers) {

		public String urgency() {
			return daysLeft < 0 ? "OVERDUE" : "SOON";
		}

	}

	public record Dashboard(List<WorkerLoad> workers, List<DeadlineRow> deadlines, int soonDays) {
	}

	/** The deadline dashboard: per worker for the head, one's own for a social worker. */
	@Transactional(readOnly = true)
	public Dashboard dashboard(Viewer viewer) {
		var worker = viewer.isHead() ? null : viewer.username();
		var today = LocalDate.now(clock);
		var soon = today.plusDays(SOON_DAYS);
		var loads = jdbc.sql("""
				select w.username,
				       count(*) filter (where r.decide_by < :today) as overdue,
				       count(*) filter (where r.decide_by between :today and :soon) as due_soon,
				       count(*) as open, min(r.decide_by) as nearest
				from sc_aid_request r join sc_case_worker w on w.case_file_id = r.case_file_id
				where r.status in ('OPEN', 'PROPOSED') and (cast(:worker as varchar) is null or w.username = cast(:worker as varchar))
				group by w.username order by w.username""")
			.param("today", today)
			.param("soon", soon)
			.param("worker", worker)
			.query((rs, n) -> new WorkerLoad(rs.getString("username"), rs.getLong("overdue"), rs.getLong("due_soon"),
					rs.getLong("open"), rs.getObject("nearest", LocalDate.class)))
			.list();
		var deadlines = jdbc.sql("""
				select r.case_file_id, f.file_number, r.register_number, r.type, r.received_on, r.decide_by,
				       (select string_agg(w.username, ', ' order by w.username) from sc_case_worker w
				        where w.case_file_id = r.case_file_id) as workers
				from sc_aid_request r join sc_case_file f on f.id = r.case_file_id
				where r.status in ('OPEN', 'PROPOSED') and r.decide_by <= :soon
				  and (cast(:worker as varchar) is null
				       or exists (select 1 from sc_case_worker w where w.case_file_id = r.case_file_id
				                  and w.username = cast(:worker as varchar)))
				order by r.decide_by, r.id
				limit 200""")
			.param("soon", soon)
			.param("worker", worker)
			.query((rs, n) -> {
				var decideBy = rs.getObject("decide_by", LocalDate.class);
				return new DeadlineRow(rs.getLong("case_file_id"), rs.getString("file_number"),
						rs.getString("register_number"),
						be.eenloket.frontdesk.SocialAidRequestType.valueOf(rs.getString("type")),
						rs.getObject("received_on", LocalDate.class), decideBy,
						java.time.temporal.ChronoUnit.DAYS.between(today, decideBy), rs.getString("workers"));
			})
			.list();
		return new Dashboard(loads, deadlines, SOON_DAYS);
	}

}

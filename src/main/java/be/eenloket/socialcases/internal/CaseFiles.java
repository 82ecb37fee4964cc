package be.eenloket.socialcases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import be.eenloket.identity.AuditLog;
import be.eenloket.identity.Role;
import be.eenloket.identity.StaffAccounts;
import be.eenloket.kernel.RuleViolation;
import be.eenloket.shared.NationalRegisterNumber;
import org.hibernate.Hibernate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The social service's case files: opened from an intake, assigned by the head, read on need-to-know (every read
 * logged), changed through the {@link CaseFile} aggregate. Lists and the deadline dashboard: {@link CaseFileOverviews}.
 */
@Service
public class CaseFiles {

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

}

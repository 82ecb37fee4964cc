package be.eenloket.socialcases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import be.eenloket.frontdesk.SocialAidRequestType;
import be.eenloket.identity.AuditLog;
import be.eenloket.shared.NationalRegisterNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The social service's intake inbox. Social case data is need-to-know: every read of the inbox and of an intake is
 * written to the audit log in the same transaction as the read, so the DPO can see who looked at whose request.
 * The inbox itself shows no names or national register numbers; those appear only on the (audited) detail page.
 * The national register number, contact details and account of the request are stored encrypted
 * ({@link IntakeSecret}).
 */
@Service
public class Intakes {

	public static final int PAGE_SIZE = 25;

	/** Days before the legal deadline from which an intake is flagged as urgent. */
	public static final int SOON_DAYS = 5;

	private static final String MODULE = "socialcases";

	private static final String RECORD_TYPE = "Intake";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final SocialCrypto crypto;

	private final IntakeClaimRepository claims;

	Intakes(JdbcClient jdbc, AuditLog audit, Clock clock, SocialCrypto crypto, IntakeClaimRepository claims) {
		this.jdbc = jdbc;
		this.claims = claims;
		this.audit = audit;
		this.clock = clock;
		this.crypto = crypto;
	}

	/** How close the legal decision deadline is. */
	public enum Urgency {

		OVERDUE, SOON, ON_TIME;

		static Urgency of(long daysLeft) {
			return daysLeft < 0 ? OVERDUE : daysLeft <= SOON_DAYS ? SOON : ON_TIME;
		}

	}

	/** One line of the inbox: deliberately without the person's name or national register number. */
	public record Row(long id, String registerNumber, LocalDateTime requestedAt, LocalDate decisionDeadline,
			long daysLeft, SocialAidRequestType type, IntakeStatus status, String assignedTo) {

		public Urgency urgency() {
			return Urgency.of(daysLeft);
		}

	}

	/** One page of the inbox, newest request first. */
	public record Page(List<Row> rows, IntakeStatus status, int page, boolean hasNext) {
	}

	/** Everything the front desk registered, and where the intake stands. */
	public record Intake(long id, UUID requestId, String registerNumber, LocalDateTime requestedAt,
			LocalDate decisionDeadline, long daysLeft, String firstName, String lastName, LocalDate birthDate,
			NationalRegisterNumber nationalRegisterNumber, String phone, String email, String address,
			String language, SocialAidRequestType type, String description, String registeredBy,
			IntakeStatus status, String assignedTo, Instant takenAt, Instant receivedAt, long version) {

		public Urgency urgency() {
			return Urgency.of(daysLeft);
		}

		public String fullName() {
			return firstName + " " + lastName;
		}

	}

	/** A page of the inbox, optionally only intakes with one status. The read is audited. */
	@Transactional
	public Page list(IntakeStatus status, int page) {
		var safePage = Math.max(0, page);
		var today = LocalDate.now(clock);
		var rows = jdbc.sql("""
				select id, register_number, requested_at, decision_deadline, type, status, assigned_to
				from sc_intake
				where (cast(:status as varchar) is null or status = cast(:status as varchar))
				order by decision_deadline, requested_at desc, id desc
				limit :limit offset :offset""")
			.param("status", status == null ? null : status.name())
			.param("limit", PAGE_SIZE + 1)
			.param("offset", (long) safePage * PAGE_SIZE)
			.query((rs, row) -> row(rs, today))
			.list();
		var hasNext = rows.size() > PAGE_SIZE;
		var shown = hasNext ? rows.subList(0, PAGE_SIZE) : rows;
		audit.record(MODULE, "LISTED", RECORD_TYPE, "inbox",
				"Postvak intake bekeken (" + (status == null ? "alle" : status.name()) + ", pagina " + (safePage + 1)
						+ "): " + (shown.isEmpty() ? "geen intakes"
								: "intakes " + shown.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(", "))));
		return new Page(List.copyOf(shown), status, safePage, hasNext);
	}

	/** One intake with all its data. The read is audited: need-to-know. */
	@Transactional
	public Intake view(long id) {
		var intake = find(id);
		audit.record(MODULE, "VIEWED", RECORD_TYPE, id, "Intake " + intake.registerNumber() + " ingekeken");
		return intake;
	}

	/**
	 * Assigns the intake to {@code socialWorker}, provided it is still as the user saw it ({@code version}) and nobody
	 * has taken it yet.
	 * @throws IntakeNotFound when there is no such intake
	 * @throws ObjectOptimisticLockingFailureException when someone changed or took it in the meantime
	 */
	@Transactional
	public void takeInCharge(long id, long version, String socialWorker) {
		var intake = claims.findById(id).orElseThrow(() -> new IntakeNotFound(id));
		if (!intake.isVersion(version)) {
			throw new ObjectOptimisticLockingFailureException(IntakeClaim.class, id);
		}
		intake.takeInCharge(socialWorker, clock.instant());
		// flushed here so that a colleague's claim between our read and this write fails before the audit entry
		claims.saveAndFlush(intake);
		audit.record(MODULE, "TAKEN", RECORD_TYPE, id,
				"Intake " + intake.registerNumber() + " opgenomen door " + socialWorker);
	}

	/** The intake a case file is opened from, without an audit entry of its own (the file's opening is audited). */
	Intake forCaseFile(long id) {
		return find(id);
	}

	private Intake find(long id) {
		var today = LocalDate.now(clock);
		return jdbc.sql("select * from sc_intake where id = ?")
			.param(id)
			.query((rs, row) -> intake(rs, today))
			.optional()
			.orElseThrow(() -> new IntakeNotFound(id));
	}

	private static Row row(ResultSet rs, LocalDate today) throws SQLException {
		var deadline = rs.getObject("decision_deadline", LocalDate.class);
		return new Row(rs.getLong("id"), rs.getString("register_number"),
				rs.getObject("requested_at", LocalDateTime.class), deadline, ChronoUnit.DAYS.between(today, deadline),
				SocialAidRequestType.valueOf(rs.getString("type")), IntakeStatus.valueOf(rs.getString("status")),
				rs.getString("assigned_to"));
	}

	private Intake intake(ResultSet rs, LocalDate today) throws SQLException {
		var deadline = rs.getObject("decision_deadline", LocalDate.class);
		var nrn = IntakeSecret.NATIONAL_REGISTER_NUMBER.read(crypto, rs);
		var takenAt = rs.getObject("taken_at", OffsetDateTime.class);
		return new Intake(rs.getLong("id"), rs.getObject("request_id", UUID.class), rs.getString("register_number"),
				rs.getObject("requested_at", LocalDateTime.class), deadline, ChronoUnit.DAYS.between(today, deadline),
				rs.getString("first_name"), rs.getString("last_name"), rs.getObject("birth_date", LocalDate.class),
				nrn == null ? null : new NationalRegisterNumber(nrn.strip()), IntakeSecret.PHONE.read(crypto, rs),
				IntakeSecret.EMAIL.read(crypto, rs), IntakeSecret.ADDRESS.read(crypto, rs), rs.getString("language"),
				SocialAidRequestType.valueOf(rs.getString("type")), IntakeSecret.DESCRIPTION.read(crypto, rs),
				rs.getString("registered_by"), IntakeStatus.valueOf(rs.getString("status")),
				rs.getString("assigned_to"), takenAt == null ? null : takenAt.toInstant(),
				rs.getObject("received_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
	}

}

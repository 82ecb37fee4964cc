package be.eenloket.frontdesk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.eenloket.frontdesk.SocialAidRequestRegistered;
import be.eenloket.frontdesk.SocialAidRequestType;
import be.eenloket.identity.AuditLog;
import be.eenloket.kernel.RuleViolation;
import be.eenloket.shared.NationalRegisterNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal same-day register of social-aid requests. Registering gives the request the next register number of
 * its year, writes the audit entry and hands the request to the social service through an event kept in the
 * event publication registry, all in one transaction. The front desk keeps only what the receipt needs.
 */
@Service
public class SocialAidRegister {

	/** The OCMW decides within 30 days of the request (art. 58 §2 OCMW-wet). */
	public static final int DECISION_DAYS = 30;

	static final String REGISTER = "SOCIAL_AID";

	/** What reception enters. Optional values are {@code null} when not given. */
	public record Registration(String firstName, String lastName, LocalDate birthDate, String nationalRegisterNumber,
			String phone, String email, String address, String language, SocialAidRequestType type,
			String description, LocalDateTime requestedAt) {
	}

	/** A registered request as the front desk sees it. */
	public record Entry(UUID id, String registerNumber, LocalDateTime requestedAt, LocalDate decisionDeadline,
			String firstName, String lastName, LocalDate birthDate, String nationalRegisterNumber, String phone,
			String email, String address, String language, SocialAidRequestType type, String description,
			String registeredBy, Instant registeredAt) {

		public String fullName() {
			return firstName + " " + lastName;
		}

		/** The national register number in its written form, or {@code null}. */
		public String nationalRegisterNumberFormatted() {
			return nationalRegisterNumber == null ? null
					: NationalRegisterNumber.parse(nationalRegisterNumber).map(NationalRegisterNumber::formatted).orElse(null);
		}

	}

	private final JdbcClient jdbc;

	private final RegisterNumbers numbers;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SocialAidRegister(JdbcClient jdbc, RegisterNumbers numbers, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The legal deadline for the decision on a request made on this date. */
	public static LocalDate decisionDeadline(LocalDate requestDate) {
		return requestDate.plusDays(DECISION_DAYS);
	}

	/**
	 * Registers a request once per form: a second submission of the same form (a double click, a reload of the
	 * POST) returns the request the first one registered.
	 * @throws RuleViolation when the request date lies in the future or the national register number is wrong
	 */
	@Transactional
	public UUID register(Registration registration, UUID formToken) {
		var existing = idForForm(formToken);
		if (existing.isPresent()) {
			return existing.get();
		}
		check(registration);
		var nrn = registration.nationalRegisterNumber() == null ? null
				: NationalRegisterNumber.parse(registration.nationalRegisterNumber()).orElseThrow().digits();
		var requestedAt = registration.requestedAt().withSecond(0).withNano(0);
		var year = requestedAt.getYear();
		var seq = numbers.next(REGISTER, year);
		var number = "%d-%05d".formatted(year, seq);
		var deadline = decisionDeadline(requestedAt.toLocalDate());
		var id = UUID.randomUUID();
		var user = currentUser();
		jdbc.sql("""
				insert into fd_social_aid_request (id, register_year, register_seq, register_number, requested_at,
				  decision_deadline, first_name, last_name, birth_date, national_register_number, phone, email, address,
				  language, type, description, registered_by, registered_at, form_token)
				values (:id, :year, :seq, :number, :requestedAt, :deadline, :firstName, :lastName, :birthDate, :nrn,
				  :phone, :email, :address, :language, :type, :description, :user, :now, :token)""")
			.param("id", id)
			.param("year", year)
			.param("seq", seq)
			.param("number", number)
			.param("requestedAt", requestedAt)
			.param("deadline", deadline)
			.param("firstName", registration.firstName().strip())
			.param("lastName", registration.lastName().strip())
			.param("birthDate", registration.birthDate())
			.param("nrn", nrn)
			.param("phone", registration.phone())
			.param("email", registration.email())
			.param("address", registration.address())
			.param("language", registration.language())
			.param("type", registration.type().name())
			.param("description", registration.description())
			.param("user", user)
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.param("token", formToken)
			.update();
		// no personal data in the audit summary: the register number identifies the request
		audit.record("frontdesk", "REGISTERED", "SocialAidRequest", number,
				"Hulpvraag geregistreerd (" + registration.type().name() + "), beslissing uiterlijk " + deadline);
		events.publishEvent(new SocialAidRequestRegistered(id, number, requestedAt, deadline,
				registration.firstName().strip(), registration.lastName().strip(), registration.birthDate(), nrn,
				registration.phone(), registration.email(), registration.address(), registration.language(),
				registration.type(), registration.description(), user));
		return id;
	}

	private void check(Registration registration) {
		var now = LocalDateTime.now(clock);
		if (registration.requestedAt().isAfter(now.plusMinutes(1))) {
			throw new RuleViolation("requestDate", "socialAid.requestedAt.future");
		}
		// a request is registered when it is made, or a few weeks late at most; never a date from another era
		if (registration.requestedAt().toLocalDate().isBefore(now.toLocalDate().minusDays(60))) {
			throw new RuleViolation("requestDate", "socialAid.requestedAt.tooOld");
		}
		if (registration.birthDate() != null && registration.birthDate().isAfter(now.toLocalDate())) {
			throw new RuleViolation("birthDate", "socialAid.birthDate.future");
		}
		if (registration.birthDate() != null && registration.birthDate().getYear() < 1900) {
			throw new RuleViolation("birthDate", "socialAid.birthDate.tooOld");
		}
		if (registration.nationalRegisterNumber() != null) {
			var nrn = NationalRegisterNumber.parse(registration.nationalRegisterNumber())
				.orElseThrow(() -> new RuleViolation("nationalRegisterNumber", "socialAid.nrn.invalid"));
			if (registration.birthDate() != null && nrn.birthDate().isPresent()
					&& !nrn.birthDate().get().equals(registration.birthDate())) {
				throw new RuleViolation("nationalRegisterNumber", "socialAid.nrn.birthDateMismatch");
			}
		}
	}

	@Transactional(readOnly = true)
	public Optional<UUID> idForForm(UUID formToken) {
		return jdbc.sql("select id from fd_social_aid_request where form_token = ?").param(formToken)
			.query(UUID.class).optional();
	}

	@Transactional(readOnly = true)
	public Optional<Entry> find(UUID id) {
		return jdbc.sql("select * from fd_social_aid_request where id = ?").param(id).query(SocialAidRegister::entry)
			.optional();
	}

	/** The register, newest first. */
	@Transactional(readOnly = true)
	public List<Entry> latest(int offset, int limit) {
		return jdbc.sql("select * from fd_social_aid_request order by register_year desc, register_seq desc offset :offset limit :limit")
			.param("offset", offset)
			.param("limit", limit)
			.query(SocialAidRegister::entry)
			.list();
	}

	@Transactional(readOnly = true)
	public long count() {
		return jdbc.sql("select count(*) from fd_social_aid_request").query(Long.class).single();
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getObject("id", UUID.class), rs.getString("register_number"),
				rs.getObject("requested_at", LocalDateTime.class), rs.getObject("decision_deadline", LocalDate.class),
				rs.getString("first_name"), rs.getString("last_name"), rs.getObject("birth_date", LocalDate.class),
				rs.getString("national_register_number"), rs.getString("phone"), rs.getString("email"),
				rs.getString("address"), rs.getString("language"), SocialAidRequestType.valueOf(rs.getString("type")),
				rs.getString("description"), rs.getString("registered_by"),
				rs.getTimestamp("registered_at").toInstant());
	}

	static String currentUser() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
	}

}

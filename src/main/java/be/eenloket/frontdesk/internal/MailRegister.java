package be.eenloket.frontdesk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.eenloket.identity.AuditLog;
import be.eenloket.kernel.RuleViolation;
import be.eenloket.organisation.OrganisationChart;
import be.eenloket.organisation.OrganisationUnitId;
import be.eenloket.shared.LegalEntities;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The incoming mail register: one chronological numbering per legal entity and year ({@code OCMW-2026-00042}).
 * Each letter is routed to a unit of the organogram, whose staff mark it as taken over.
 */
@Service
public class MailRegister {

	public enum Channel {

		POST, EMAIL, HAND

	}

	/** What reception enters about a letter. */
	public record Letter(String legalEntity, LocalDate receivedOn, String sender, String subject, Channel channel,
			String scanReference, long unitId) {
	}

	/** A registered letter. */
	public record Entry(long id, String registerNumber, String legalEntity, LocalDate receivedOn, String sender,
			String subject, Channel channel, String scanReference, long unitId, String registeredBy,
			Instant registeredAt, String takenOverBy, Instant takenOverAt, long version) {

		public boolean takenOver() {
			return takenOverBy != null;
		}

	}

	private final JdbcClient jdbc;

	private final RegisterNumbers numbers;

	private final AuditLog audit;

	private final LegalEntities legalEntities;

	private final OrganisationChart organisation;

	private final Clock clock;

	private final IncomingMails mails;

	MailRegister(JdbcClient jdbc, RegisterNumbers numbers, AuditLog audit, LegalEntities legalEntities,
			OrganisationChart organisation, Clock clock, IncomingMails mails) {
		this.mails = mails;
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.audit = audit;
		this.legalEntities = legalEntities;
		this.organisation = organisation;
		this.clock = clock;
	}

	/**
	 * Registers a letter once per form (a second submission of the same form returns the first entry).
	 * @throws RuleViolation for a future date, an unknown legal entity or a unit that does not exist today
	 */
	@Transactional
	public long register(Letter letter, UUID formToken) {
		var existing = idForForm(formToken);
		if (existing.isPresent()) {
			return existing.get();
		}
		var today = LocalDate.now(clock);
		if (letter.receivedOn().isAfter(today)) {
			throw new RuleViolation("receivedOn", "mail.receivedOn.future");
		}
		if (letter.receivedOn().isBefore(today.minusYears(1))) {
			throw new RuleViolation("receivedOn", "mail.receivedOn.tooOld");
		}
		var entity = legalEntities.byCode(letter.legalEntity())
			.filter(found -> found.active())
			.orElseThrow(() -> new RuleViolation("legalEntity", "mail.legalEntity.unknown"));
		organisation.unit(new OrganisationUnitId(letter.unitId()), today)
			.orElseThrow(() -> new RuleViolation("unitId", "mail.unit.unknown"));
		// the register of the year in which the letter is entered, as on paper
		var year = today.getYear();
		var seq = numbers.next("MAIL-" + entity.code(), year);
		var number = "%s-%d-%05d".formatted(entity.code(), year, seq);
		var id = jdbc.sql("""
				insert into fd_mail (legal_entity, register_year, register_seq, register_number, received_on, sender,
				  subject, channel, scan_reference, unit_id, registered_by, registered_at, form_token)
				values (:entity, :year, :seq, :number, :receivedOn, :sender, :subject, :channel, :scan, :unit, :user,
				  :now, :token) returning id""")
			.param("entity", entity.code())
			.param("year", year)
			.param("seq", seq)
			.param("number", number)
			.param("receivedOn", letter.receivedOn())
			.param("sender", letter.sender().strip())
			.param("subject", letter.subject().strip())
			.param("channel", letter.channel().name())
			.param("scan", letter.scanReference())
			.param("unit", letter.unitId())
			.param("user", SocialAidRegister.currentUser())
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.param("token", formToken)
			.query(Long.class)
			.single();
		audit.record("frontdesk", "REGISTERED", "IncomingMail", number, "Post geregistreerd voor eenheid " + letter.unitId());
		return id;
	}

	/**
	 * Marks a letter as taken over by its unit, as the user saw it at {@code version}.
	 * @throws ObjectOptimisticLockingFailureException when someone changed it since {@code version}
	 * @throws RuleViolation when it was already taken over
	 */
	@Transactional
	public void takeOver(long id, long version) {
		var letter = mails.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (letter.version() != version) {
			throw new ObjectOptimisticLockingFailureException(IncomingMail.class, id);
		}
		letter.takeOver(SocialAidRegister.currentUser(), clock.instant());
		// flushed here so a colleague's concurrent take-over fails as a stale version inside this call
		mails.saveAndFlush(letter);
		audit.record("frontdesk", "TAKEN_OVER", "IncomingMail", letter.registerNumber(), "Post overgenomen");
	}

	@Transactional(readOnly = true)
	public Optional<Long> idForForm(UUID formToken) {
		return jdbc.sql("select id from fd_mail where form_token = ?").param(formToken).query(Long.class).optional();
	}

	@Transactional(readOnly = true)
	public Optional<Entry> find(long id) {
		return jdbc.sql("select * from fd_mail where id = ?").param(id).query(MailRegister::entry).optional();
	}

	/** The register, newest first, optionally for one legal entity. */
	@Transactional(readOnly = true)
	public List<Entry> latest(String legalEntity, int limit) {
		return jdbc.sql("""
				select * from fd_mail where (cast(:entity as varchar) is null or legal_entity = :entity)
				order by registered_at desc, id desc limit :limit""")
			.param("entity", legalEntity)
			.param("limit", limit)
			.query(MailRegister::entry)
			.list();
	}

	/** A unit's mail: what it has not taken over yet first, then the rest, newest first. */
	@Transactional(readOnly = true)
	public List<Entry> ofUnit(long unitId, boolean includeTakenOver, int limit) {
		return jdbc.sql("""
				select * from fd_mail where unit_id = :unit and (:all or taken_over_by is null)
				order by (taken_over_by is not null), received_on desc, id desc limit :limit""")
			.param("unit", unitId)
			.param("all", includeTakenOver)
			.param("limit", limit)
			.query(MailRegister::entry)
			.list();
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		var takenOverAt = rs.getTimestamp("taken_over_at");
		return new Entry(rs.getLong("id"), rs.getString("register_number"), rs.getString("legal_entity"),
				rs.getObject("received_on", LocalDate.class), rs.getString("sender"), rs.getString("subject"),
				Channel.valueOf(rs.getString("channel")), rs.getString("scan_reference"), rs.getLong("unit_id"),
				rs.getString("registered_by"), rs.getTimestamp("registered_at").toInstant(),
				rs.getString("taken_over_by"), takenOverAt == null ? null : takenOverAt.toInstant(),
				rs.getLong("version"));
	}

}

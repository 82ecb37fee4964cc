package be.eenloket.socialcases.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import be.eenloket.frontdesk.SocialAidRequestRegistered;
import be.eenloket.identity.AuditLog;
import be.eenloket.shared.NationalRegisterNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts every social-aid request the front desk registers into the intake inbox. The event publication registry
 * may deliver an event again (after a crash, or on resubmission), so the insert is keyed on the request id and
 * does nothing the second time: one request, one intake, one audit entry. The national register number, contact
 * details and the person's account of the request are stored encrypted ({@link IntakeSecret}).
 */
@Component
class IntakeListener {

	private static final Logger log = LoggerFactory.getLogger(IntakeListener.class);

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final SocialCrypto crypto;

	IntakeListener(JdbcClient jdbc, AuditLog audit, Clock clock, SocialCrypto crypto) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.crypto = crypto;
	}

	@ApplicationModuleListener
	void on(SocialAidRequestRegistered request) {
		var nationalRegisterNumber = NationalRegisterNumber.parse(request.nationalRegisterNumber());
		if (nationalRegisterNumber.isEmpty() && request.nationalRegisterNumber() != null
				&& !request.nationalRegisterNumber().isBlank()) {
			// never log the number itself; the intake is still worth taking in without it
			log.warn("{} carries an invalid national register number; the intake is stored without it", request);
		}
		var id = jdbc.sql("""
				insert into sc_intake (request_id, register_number, requested_at, decision_deadline, first_name,
				    last_name, birth_date, nrn_cipher, phone_cipher, email_cipher, address_cipher, language, type,
				    description_cipher, registered_by, received_at)
				values (:requestId, :registerNumber, :requestedAt, :decisionDeadline, :firstName, :lastName,
				    :birthDate, :nrn, :phone, :email, :address, :language, :type, :description, :registeredBy,
				    :receivedAt)
				on conflict (request_id) do nothing
				returning id""")
			.param("requestId", request.requestId())
			.param("registerNumber", request.registerNumber())
			.param("requestedAt", request.requestedAt())
			.param("decisionDeadline", request.decisionDeadline())
			.param("firstName", request.firstName())
			.param("lastName", request.lastName())
			.param("birthDate", request.birthDate())
			.param("nrn", encrypt(IntakeSecret.NATIONAL_REGISTER_NUMBER,
					nationalRegisterNumber.map(NationalRegisterNumber::digits).orElse(null)))
			.param("phone", encrypt(IntakeSecret.PHONE, Texts.blankToNull(request.phone())))
			.param("email", encrypt(IntakeSecret.EMAIL, Texts.blankToNull(request.email())))
			.param("address", encrypt(IntakeSecret.ADDRESS, Texts.blankToNull(request.address())))
			.param("language", Texts.blankToNull(request.language()))
			.param("type", request.type().name())
			.param("description", encrypt(IntakeSecret.DESCRIPTION, Texts.blankToNull(request.description())))
			.param("registeredBy", request.registeredBy())
			.param("receivedAt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.query(Long.class)
			.optional();
		if (id.isEmpty()) {
			log.info("{} was delivered again; its intake already exists", request);
			return;
		}
		// the register number identifies the request, not the person: no name, no type of aid in the audit log
		audit.record("socialcases", "CREATED", "Intake", id.get(),
				"Hulpvraag " + request.registerNumber() + " ontvangen van het onthaal (geregistreerd door "
						+ request.registeredBy() + ")");
	}

	/** Stored as ciphertext only: a database dump or another module's SQL sees no personal details. */
	private byte[] encrypt(IntakeSecret secret, String text) {
		return text == null ? null : secret.encrypt(crypto, text);
	}

}

package be.eenloket.frontdesk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * Reception registered that a person asks the OCMW for help (the legal same-day register). The social service
 * takes it into its intake inbox; the front desk keeps only what it needs to reprint the receipt.
 *
 * @param requestId identifies the request in both modules
 * @param registerNumber the chronological register number printed on the receipt, e.g. {@code 2026-000123}
 * @param requestedAt when the person asked, in the municipality's time zone
 * @param decisionDeadline the legal deadline for the decision (30 days after the request)
 * @param firstName the person's first name
 * @param lastName the person's last name
 * @param birthDate the date of birth, if given
 * @param nationalRegisterNumber the eleven digits of the national register number, if given
 * @param phone a phone number, if given
 * @param email an e-mail address, if given
 * @param address a postal address, if given
 * @param language the language the person prefers, e.g. {@code nl}
 * @param type what the person asks for
 * @param description a short free text in the person's words
 * @param registeredBy the user name of the receptionist
 */
@NamedInterface("events")
public record SocialAidRequestRegistered(UUID requestId, String registerNumber, LocalDateTime requestedAt,
		LocalDate decisionDeadline, String firstName, String lastName, LocalDate birthDate,
		String nationalRegisterNumber, String phone, String email, String address, String language,
		SocialAidRequestType type, String description, String registeredBy) {

	/** Deliberately without personal data: events end up in logs. */
	@Override
	public String toString() {
		return "SocialAidRequestRegistered[" + requestId + ", " + registerNumber + "]";
	}

}

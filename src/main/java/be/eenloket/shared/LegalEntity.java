package be.eenloket.shared;

/**
 * A legal entity (bestuur) of the local government, such as the gemeente, the OCMW or an AGB. Other modules
 * keep its {@code code} or {@code id} to say which entity employs someone, receives a letter or pays an invoice.
 *
 * @param id the database identifier
 * @param code a short stable code such as {@code GEM} or {@code OCMW}
 * @param officialName the official name, e.g. "Gemeente Maldegem"
 * @param enterpriseNumber the KBO number
 * @param active whether it is still in use (inactive entities stay for history)
 */
public record LegalEntity(long id, String code, String officialName, EnterpriseNumber enterpriseNumber,
		boolean active) {
}

package be.eenloket.organisation;

import java.time.LocalDate;

/**
 * Published when an organisation unit closes: from {@code closedOn} the unit no longer exists. Other modules that
 * refer to the unit by its {@link OrganisationUnitId} react to this event instead of reading organisation tables.
 */
public record OrganisationUnitClosed(OrganisationUnitId unit, LocalDate closedOn) {
}

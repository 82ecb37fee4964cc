package be.eenloket.organisation;

import java.util.List;

/**
 * An organisational unit as it is on a given date.
 *
 * @param id the unit
 * @param code its short code, e.g. {@code BURG}
 * @param name its name on that date
 * @param type its level
 * @param parent the unit it belongs to, or {@code null} for the top
 * @param legalEntities codes of the legal entities it works for (one, several or all)
 */
public record UnitSummary(OrganisationUnitId id, String code, String name, UnitType type, OrganisationUnitId parent,
		List<String> legalEntities) {
}

package be.eenloket.frontdesk.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import be.eenloket.identity.Role;
import be.eenloket.organisation.OrganisationChart;
import be.eenloket.organisation.UnitSummary;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Whose mail a staff member may read and take over. Incoming letters can carry personal data, so it is
 * need-to-know: a staff member sees the mail of the units where they hold a position today (their account is
 * linked to a person in the organogram) and, when they head a unit, of every unit below it. Reception, which routes every letter, the secretariat, which keeps the
 * register, and the algemeen directeur see every unit's mail.
 */
@Component
public class MailReaders {

	static final Set<String> EVERY_UNIT = Set.of(Role.FRONT_DESK.authority(), Role.SECRETARIAT.authority(),
			Role.GENERAL_DIRECTOR.authority());

	/** The units whose mail someone may see: every unit, or the listed ones (possibly none). */
	public record Scope(boolean everyUnit, List<UnitSummary> units, List<UnitSummary> ownUnits) {

		public boolean allows(long unitId) {
			return everyUnit || units.stream().anyMatch(unit -> unit.id().value() == unitId);
		}

		/** The unit to open without asking: the only one someone works in. */
		public UnitSummary onlyUnit() {
			return !everyUnit && ownUnits.size() == 1 ? ownUnits.get(0) : null;
		}

	}

	private final OrganisationChart organisation;

	private final Clock clock;

	MailReaders(OrganisationChart organisation, Clock clock) {
		this.organisation = organisation;
		this.clock = clock;
	}

	public Scope scopeOf(Authentication user) {
		var today = LocalDate.now(clock);
		if (user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(EVERY_UNIT::contains)) {
			return new Scope(true, organisation.units(today), List.of());
		}
		return new Scope(false, organisation.unitsUnderAccount(user.getName(), today),
				organisation.unitsOfAccount(user.getName(), today));
	}

}

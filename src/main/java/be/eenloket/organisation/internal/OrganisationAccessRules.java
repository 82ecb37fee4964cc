package be.eenloket.organisation.internal;

import java.util.EnumSet;
import java.util.List;

import be.eenloket.identity.AccessRule;
import be.eenloket.identity.AccessRules;
import be.eenloket.identity.Role;
import org.springframework.http.HttpMethod;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every staff member reads the organogram; the secretariat and the algemeen directeur change it; only the
 * algemeen directeur approves a reorganisation. Rules are matched in order: the narrow ones come first.
 */
@Component
@Order(100)
class OrganisationAccessRules implements AccessRules {

	static final EnumSet<Role> EDITORS = EnumSet.of(Role.SECRETARIAT, Role.GENERAL_DIRECTOR);

	static final EnumSet<Role> FINANCE = EnumSet.of(Role.SECRETARIAT, Role.GENERAL_DIRECTOR, Role.FINANCIAL_DIRECTOR);

	@Override
	public List<AccessRule> rules() {
		return List.of(
				AccessRule.roles(FINANCE, "/organogram/rapporten/**", "/organogram/export/**")
					.onlyFor(HttpMethod.GET, HttpMethod.HEAD),
				AccessRule.roles(EDITORS, "/organogram/import", "/organogram/import/**", "/organogram/medewerkers/nieuw",
						"/organogram/medewerkers/{id}/wijzigen"),
				AccessRule.roles(EnumSet.of(Role.GENERAL_DIRECTOR), "/organogram/herstructureringen/{id}/goedkeuren"),
				AccessRule.roles(EDITORS, "/organogram/herstructureringen", "/organogram/herstructureringen/**",
						"/organogram/eenheden/nieuw", "/organogram/eenheden/{id}/wijzigen",
						"/organogram/eenheden/{id}/opheffen", "/organogram/eenheden/{id}/functies/nieuw",
						"/organogram/toewijzingen/**", "/organogram/functies/**"),
				AccessRule.roles(Role.allStaff(), "/organogram", "/organogram/eenheden/{id}", "/organogram/kaart",
						"/organogram/medewerkers", "/organogram/medewerkers/{id}",
						"/organogram/kaart.svg", "/organogram/kaart.pdf").onlyFor(HttpMethod.GET, HttpMethod.HEAD),
				// citizens see the units and the functions that lead them, never staff lists or names
				AccessRule.anyone("/organisatie", "/organisatie/kaart.svg").onlyFor(HttpMethod.GET, HttpMethod.HEAD));
	}

}

package be.eenloket.purchasing.internal;

import java.util.EnumSet;
import java.util.List;

import be.eenloket.identity.AccessRule;
import be.eenloket.identity.AccessRules;
import be.eenloket.identity.Role;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import static be.eenloket.identity.Role.DEPARTMENT_HEAD;
import static be.eenloket.identity.Role.FINANCIAL_DIRECTOR;
import static be.eenloket.identity.Role.GENERAL_DIRECTOR;
import static be.eenloket.identity.Role.PURCHASER;
import static be.eenloket.identity.Role.SECRETARIAT;

/**
 * The purchaser runs the module; department heads ask and follow their own units' requests (checked per record
 * too); the financial director gives visa, the algemeen directeur approves within delegation, the secretariat
 * records decisions of college, vast bureau and council, and those three read everything. Contracts above the
 * Belgian publication limit are open data.
 */
@Component
@Order(800)
class PurchasingAccessRules implements AccessRules {

	static final EnumSet<Role> READERS = EnumSet.of(PURCHASER, FINANCIAL_DIRECTOR, GENERAL_DIRECTOR, SECRETARIAT);

	static final EnumSet<Role> REQUEST_READERS = EnumSet.of(PURCHASER, FINANCIAL_DIRECTOR, GENERAL_DIRECTOR,
			SECRETARIAT, DEPARTMENT_HEAD);

	static final EnumSet<Role> MASTER_DATA = EnumSet.of(PURCHASER, FINANCIAL_DIRECTOR);

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.anyone("/open-data/aankoop/**").onlyFor(HttpMethod.GET, HttpMethod.HEAD),
				AccessRule.roles(EnumSet.of(DEPARTMENT_HEAD), "/aankoop/aanvragen/nieuw"),
				AccessRule.roles(EnumSet.of(PURCHASER), "/aankoop/aanvragen/*/procedure", "/aankoop/aanvragen/*/bestelling",
						"/aankoop/aanvragen/*/levering", "/aankoop/aanvragen/*/factuur", "/aankoop/aanvragen/*/intrekken"),
				AccessRule.roles(EnumSet.of(FINANCIAL_DIRECTOR), "/aankoop/aanvragen/*/visum"),
				AccessRule.roles(EnumSet.of(GENERAL_DIRECTOR), "/aankoop/aanvragen/*/goedkeuring"),
				AccessRule.roles(EnumSet.of(SECRETARIAT), "/aankoop/aanvragen/*/beslissing"),
				AccessRule.roles(REQUEST_READERS, "/aankoop/aanvragen", "/aankoop/aanvragen/*",
						"/aankoop/aanvragen/*/bestelbon.pdf").onlyFor(HttpMethod.GET, HttpMethod.HEAD),
				AccessRule.roles(READERS, "/aankoop").onlyFor(HttpMethod.GET, HttpMethod.HEAD),
				AccessRule.roles(EnumSet.of(PURCHASER), "/aankoop/contracten/nieuw", "/aankoop/contracten/*/wijzigen"),
				AccessRule.roles(EnumSet.of(PURCHASER, FINANCIAL_DIRECTOR, GENERAL_DIRECTOR), "/aankoop/contracten",
						"/aankoop/contracten/*", "/aankoop/rapporten/**").onlyFor(HttpMethod.GET, HttpMethod.HEAD),
				AccessRule.roles(EnumSet.of(PURCHASER), "/aankoop/contracten/**"),
				AccessRule.roles(MASTER_DATA, "/aankoop/leveranciers/**", "/aankoop/leveranciers", "/aankoop/budgetcodes",
						"/aankoop/budgetcodes/**", "/aankoop/drempels", "/aankoop/delegaties", "/aankoop/visumvrijstellingen"));
	}

}

package be.eenloket.socialcases.internal;

import java.util.EnumSet;
import java.util.List;

import be.eenloket.identity.AccessRule;
import be.eenloket.identity.AccessRules;
import be.eenloket.identity.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Need-to-know: only the social service opens social case data. Administrators, the DPO and the front desk do
 * not, although the front desk registers the requests and the DPO reads in the audit log who opened what.
 */
@Component
@Order(700)
class SocialCasesAccessRules implements AccessRules {

	static final EnumSet<Role> SOCIAL_SERVICE = EnumSet.of(Role.SOCIAL_WORKER, Role.SOCIAL_SERVICE_HEAD);

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.roles(SOCIAL_SERVICE, "/sociale-dienst/**"));
	}

}

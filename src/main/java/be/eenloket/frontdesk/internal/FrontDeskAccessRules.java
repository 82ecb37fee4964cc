package be.eenloket.frontdesk.internal;

import java.util.EnumSet;
import java.util.List;

import be.eenloket.identity.AccessRule;
import be.eenloket.identity.AccessRules;
import be.eenloket.identity.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The console and its registers are for reception only. A unit's incoming mail is read and taken over by staff of
 * every role (accounts are not linked to units yet, so any member of staff may open any unit's mail list).
 */
@Component
@Order(600)
class FrontDeskAccessRules implements AccessRules {

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.roles(EnumSet.of(Role.FRONT_DESK), "/onthaal", "/onthaal/**"),
				AccessRule.roles(EnumSet.allOf(Role.class), "/post", "/post/**"));
	}

}

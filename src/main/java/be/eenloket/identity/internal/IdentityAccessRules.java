package be.eenloket.identity.internal;

import java.util.EnumSet;
import java.util.List;

import be.eenloket.identity.AccessRule;
import be.eenloket.identity.AccessRules;
import be.eenloket.identity.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Login and logout are for everyone; accounts are managed by administrators; the audit trail is theirs and the DPO's. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityAccessRules implements AccessRules {

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.anyone("/login", "/logout"),
				AccessRule.roles(EnumSet.of(Role.ADMIN), "/admin/accounts", "/admin/accounts/**"),
				AccessRule.roles(EnumSet.of(Role.ADMIN, Role.DPO), "/admin/audit"));
	}

}

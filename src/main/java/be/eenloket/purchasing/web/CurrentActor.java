package be.eenloket.purchasing.web;

import java.util.EnumSet;

import be.eenloket.identity.Role;
import be.eenloket.purchasing.internal.PurchasingWorkflow.Actor;
import org.springframework.security.core.context.SecurityContextHolder;

/** The logged-in staff member as the workflow sees them. */
final class CurrentActor {

	private CurrentActor() {
	}

	static Actor get() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		var roles = EnumSet.noneOf(Role.class);
		for (var authority : authentication.getAuthorities()) {
			for (var role : Role.values()) {
				if (role.authority().equals(authority.getAuthority())) {
					roles.add(role);
				}
			}
		}
		return new Actor(authentication.getName(), roles);
	}

}

package be.eenloket.purchasing.web;

import be.eenloket.identity.Role;
import be.eenloket.purchasing.internal.PurchasingWorkflow.Actor;
import org.springframework.security.core.context.SecurityContextHolder;

/** The logged-in staff member as the workflow sees them. */
final class CurrentActor {

	private CurrentActor() {
	}

	static Actor get() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return new Actor(authentication.getName(), Role.of(authentication));
	}

}

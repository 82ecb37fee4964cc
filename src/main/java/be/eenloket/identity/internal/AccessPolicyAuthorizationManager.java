package be.eenloket.identity.internal;

import java.util.function.Supplier;

import be.eenloket.identity.AccessPolicy;
import be.eenloket.identity.MappedEndpoints;
import be.eenloket.identity.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Enforces the {@link AccessPolicy} for every request. A request no rule covers is refused when the application
 * maps its URL (a forgotten rule must never mean "open"), and let through only when nothing maps it, so that a
 * mistyped address shows the Dutch 404 page instead of a login form.
 */
@Component
class AccessPolicyAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {

	private final AccessPolicy policy;

	private final MappedEndpoints endpoints;

	AccessPolicyAuthorizationManager(AccessPolicy policy, MappedEndpoints endpoints) {
		this.policy = policy;
		this.endpoints = endpoints;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		var request = context.getRequest();
		var path = request.getRequestURI().substring(request.getContextPath().length());
		var rule = policy.ruleFor(HttpMethod.valueOf(request.getMethod()), path);
		if (rule.isPresent()) {
			return new AuthorizationDecision(rule.get().allows(Role.of(authentication.get())));
		}
		return new AuthorizationDecision(!endpoints.isMapped(path));
	}

}

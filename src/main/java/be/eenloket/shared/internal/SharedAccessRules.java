package be.eenloket.shared.internal;

import java.util.EnumSet;
import java.util.List;

import be.eenloket.identity.AccessRule;
import be.eenloket.identity.AccessRules;
import be.eenloket.identity.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Public pages, static files, the error page and the health probes are for everyone; the legal entities master
 * data is kept by administrators and read by the secretariat.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SharedAccessRules implements AccessRules {

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.anyone("/toegankelijkheid", "/error", "/assets/**", "/webjars/**")
			.onlyFor(HttpMethod.GET, HttpMethod.HEAD),
				// the error page also renders errors of POST requests (e.g. a 405 or an expired CSRF token)
				AccessRule.anyone("/error"),
				AccessRule.anyone("/actuator/health", "/actuator/health/**", "/actuator/info")
					.onlyFor(HttpMethod.GET, HttpMethod.HEAD),
				// every staff member lands on their workspace after logging in
				AccessRule.roles(Role.allStaff(), "/werkplek").onlyFor(HttpMethod.GET, HttpMethod.HEAD),
				AccessRule.roles(EnumSet.of(Role.ADMIN, Role.SECRETARIAT), "/admin/legal-entities")
					.onlyFor(HttpMethod.GET, HttpMethod.HEAD),
				AccessRule.roles(EnumSet.of(Role.ADMIN), "/admin/legal-entities/**"));
	}

}

package be.eenloket.identity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;

/**
 * One line of the access policy: which requests (path patterns, optionally limited to HTTP methods) may be
 * made by whom. A rule is either public (anonymous citizens included) or limited to staff with one of its roles.
 *
 * @param patterns Spring path patterns such as {@code /admin/accounts/**}
 * @param methods the HTTP methods the rule covers; empty means every method
 * @param anyone whether anonymous users may make these requests
 * @param roles the staff roles that may make these requests when not {@code anyone}
 */
public record AccessRule(List<String> patterns, Set<HttpMethod> methods, boolean anyone, Set<Role> roles) {

	public AccessRule {
		patterns = List.copyOf(patterns);
		methods = Set.copyOf(methods);
		roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
		if (patterns.isEmpty()) {
			throw new IllegalArgumentException("An access rule needs at least one path pattern");
		}
		if (!anyone && roles.isEmpty()) {
			throw new IllegalArgumentException("An access rule must allow someone: " + patterns);
		}
	}

	/** Open to everyone, anonymous citizens included. */
	public static AccessRule anyone(String... patterns) {
		return new AccessRule(List.of(patterns), Set.of(), true, Set.of());
	}

	/** Only for staff holding at least one of the given roles. */
	public static AccessRule roles(Set<Role> roles, String... patterns) {
		return new AccessRule(List.of(patterns), Set.of(), false, roles);
	}

	/** The same rule limited to the given HTTP methods. */
	public AccessRule onlyFor(HttpMethod... httpMethods) {
		return new AccessRule(patterns, Set.of(httpMethods), anyone, roles);
	}

	/** Whether a user with these roles (empty for anonymous) may make the request this rule covers. */
	public boolean allows(Set<Role> userRoles) {
		return anyone || userRoles.stream().anyMatch(roles::contains);
	}

	public boolean coversMethod(HttpMethod method) {
		return methods.isEmpty() || methods.contains(method);
	}

}

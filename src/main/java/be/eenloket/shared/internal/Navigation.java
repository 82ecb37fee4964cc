package be.eenloket.shared.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import be.eenloket.identity.AccessPolicy;
import be.eenloket.identity.Role;
import be.eenloket.shared.MenuEntries;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The main navigation: every module's {@link MenuEntries}, in order, limited to what the user may open. The layout
 * writes {@code th:each="entry : ${@navigation.entriesFor(#authentication)}"}. It renders on every page, and the
 * access policy is fixed once the application runs, so the entries are filtered once per combination of roles and
 * remembered; a page then costs a look-up, not a policy check per entry.
 */
@Component("navigation")
public class Navigation {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private final List<MenuEntries.Entry> entries;

	private final AccessPolicy policy;

	private final Map<Set<Role>, List<MenuEntries.Entry>> byRoles = new ConcurrentHashMap<>();

	Navigation(List<MenuEntries> contributions, AccessPolicy policy) {
		this.entries = contributions.stream()
			.flatMap(module -> module.entries().stream())
			.sorted(Comparator.comparingInt(MenuEntries.Entry::order))
			.toList();
		this.policy = policy;
	}

	/** The entries a user may open; {@code null} or anonymous is a citizen, without roles. */
	public List<MenuEntries.Entry> entriesFor(Authentication authentication) {
		return byRoles.computeIfAbsent(Role.of(authentication), this::allowed);
	}

	/**
	 * Whether someone signed in: the layout's header asks on every page, and this is what Spring Security's
	 * {@code isAuthenticated()} answers, without building an expression context three times per page.
	 */
	public boolean signedIn(Authentication authentication) {
		return TRUST.isAuthenticated(authentication);
	}

	private List<MenuEntries.Entry> allowed(Set<Role> roles) {
		return entries.stream().filter(entry -> policy.allows(HttpMethod.GET, entry.path(), roles)).toList();
	}

}

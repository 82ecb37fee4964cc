package be.eenloket.identity;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Staff roles. Citizens are anonymous and have no role. Roles do not imply each other: an administrator
 * manages accounts but does not read social case files.
 */
public enum Role {

	FRONT_DESK, SECRETARIAT, DIRECTORY_EDITOR, SOCIAL_WORKER, SOCIAL_SERVICE_HEAD, BCSD_SECRETARY, BCSD_CHAIR, BCSD_MEMBER, PURCHASER,
	DEPARTMENT_HEAD, FINANCIAL_DIRECTOR, GENERAL_DIRECTOR, DPO, ADMIN;

	/** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Key of the role's display name in the message bundles. */
	public String messageKey() {
		return "role." + name();
	}

	/** The roles of a signed-in staff member; none for an anonymous citizen (or no authentication at all). */
	public static Set<Role> of(Authentication authentication) {
		var roles = EnumSet.noneOf(Role.class);
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return roles;
		}
		for (var authority : authentication.getAuthorities()) {
			for (var role : values()) {
				if (role.authority().equals(authority.getAuthority())) {
					roles.add(role);
				}
			}
		}
		return roles;
	}

	/** Every staff role: for pages any logged-in staff member may use. */
	public static Set<Role> allStaff() {
		return EnumSet.allOf(Role.class);
	}

}

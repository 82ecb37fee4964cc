package be.eenloket.socialcases.internal;

import java.util.EnumSet;
import java.util.Set;

import be.eenloket.identity.Role;
import org.springframework.security.core.Authentication;

/** Who asks to read or change a file: the username and the roles that decide what the file shows them. */
public record Viewer(String username, Set<Role> roles) {

	public static Viewer of(Authentication authentication) {
		var roles = EnumSet.noneOf(Role.class);
		for (var authority : authentication.getAuthorities()) {
			for (var role : Role.values()) {
				if (role.authority().equals(authority.getAuthority())) {
					roles.add(role);
				}
			}
		}
		return new Viewer(authentication.getName(), roles);
	}

	public boolean isHead() {
		return roles.contains(Role.SOCIAL_SERVICE_HEAD);
	}

	public boolean isSocialWorker() {
		return roles.contains(Role.SOCIAL_WORKER);
	}

}

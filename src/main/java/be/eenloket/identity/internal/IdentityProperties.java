package be.eenloket.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login protection and the first administrator.
 *
 * @param maxFailedLogins failed logins in a row before an account is locked
 * @param lockoutDuration how long a locked account stays locked
 * @param initialAdmin the administrator created at start-up while no enabled administrator exists
 */
@ConfigurationProperties("eenloket.security")
public record IdentityProperties(int maxFailedLogins, Duration lockoutDuration, InitialAdmin initialAdmin) {

	public record InitialAdmin(String username, String password) {
	}

}

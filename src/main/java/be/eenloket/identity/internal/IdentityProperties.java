package be.eenloket.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login protection and the first administrator.
 *
 * @param freeLoginAttempts failed logins of one user name from one address before each next try has to wait
 * @param maxLoginDelay the longest wait, reached by doubling from one second
 * @param initialAdmin the administrator created at start-up while no enabled administrator exists
 */
@ConfigurationProperties("eenloket.security")
public record IdentityProperties(int freeLoginAttempts, Duration maxLoginDelay, InitialAdmin initialAdmin) {

	public record InitialAdmin(String username, String password) {
	}

}

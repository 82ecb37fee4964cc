package be.eenloket.identity.internal;

import java.time.Clock;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and locks the account for a while after too many in a row, which makes
 * guessing passwords impractical. The login page shows one message for every failure, so nobody learns from it
 * whether an account exists or is locked.
 */
@Component
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final AccountRepository accounts;

	private final IdentityProperties properties;

	private final Clock clock;

	LoginAttempts(AccountRepository accounts, IdentityProperties properties, Clock clock) {
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		var username = String.valueOf(event.getAuthentication().getName()).trim().toLowerCase(Locale.ROOT);
		accounts.findByUsername(username).ifPresent(account -> {
			account.loginFailed(properties.maxFailedLogins(), clock.instant(), properties.lockoutDuration());
			if (account.isLockedAt(clock.instant())) {
				log.warn("Account {} locked until {} after {} failed logins", account.getUsername(),
						account.getLockedUntil(), properties.maxFailedLogins());
			}
		});
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		accounts.findByUsername(event.getAuthentication().getName()).ifPresent(Account::loginSucceeded);
	}

}

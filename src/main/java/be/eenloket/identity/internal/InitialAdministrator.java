package be.eenloket.identity.internal;

import java.time.Clock;
import java.util.EnumSet;

import be.eenloket.identity.AuditLog;
import be.eenloket.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside the demo profile no account has a known password. While no enabled administrator exists, the first
 * one is created at start-up from {@code EENLOKET_ADMIN_USERNAME} / {@code EENLOKET_ADMIN_PASSWORD}; without
 * them the log says how to do it. Runs after the demo data, which brings its own administrator.
 */
@Component
@Order(100)
class InitialAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final IdentityProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	InitialAdministrator(AccountRepository accounts, PasswordEncoder passwordEncoder, IdentityProperties properties,
			AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.countEnabledWithRole(Role.ADMIN) > 0) {
			return;
		}
		var initial = properties.initialAdmin();
		var username = initial == null || initial.username() == null ? "" : initial.username().trim().toLowerCase();
		var password = initial == null || initial.password() == null ? "" : initial.password();
		if (username.isEmpty() || password.length() < AccountManagement.MIN_PASSWORD_LENGTH) {
			log.warn("No administrator account exists yet. Set EENLOKET_ADMIN_USERNAME and EENLOKET_ADMIN_PASSWORD "
					+ "(at least {} characters) and restart to create the first one.",
					AccountManagement.MIN_PASSWORD_LENGTH);
			return;
		}
		if (accounts.existsByUsername(username)) {
			log.warn("No enabled administrator exists, and account '{}' from EENLOKET_ADMIN_USERNAME already exists; "
					+ "choose another username to create the first administrator.", username);
			return;
		}
		var account = accounts.save(new Account(username, "Beheerder", passwordEncoder.encode(password),
				EnumSet.of(Role.ADMIN), clock.instant()));
		audit.record("identity", "CREATED", "Account", account.getId(),
				"Eerste beheerder " + username + " aangemaakt bij het opstarten");
		log.info("Created the first administrator account '{}' from EENLOKET_ADMIN_USERNAME.", username);
	}

}

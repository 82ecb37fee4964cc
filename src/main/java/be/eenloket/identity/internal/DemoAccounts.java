package be.eenloket.identity.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import be.eenloket.identity.AuditLog;
import be.eenloket.identity.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One demo account per role, password {@code demo}; only in the demo profile, never in production. */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "demo";

	record Demo(String displayName, Role role) {
	}

	static final Map<String, Demo> ACCOUNTS = new LinkedHashMap<>();

	static {
		ACCOUNTS.put("onthaal", new Demo("Olivia Onthaal", Role.FRONT_DESK));
		ACCOUNTS.put("secretariaat", new Demo("Sander Secretariaat", Role.SECRETARIAT));
		ACCOUNTS.put("redactie", new Demo("Rania Redactie", Role.DIRECTORY_EDITOR));
		ACCOUNTS.put("maatschappelijkwerker", new Demo("Mila Maatschappelijk Werker", Role.SOCIAL_WORKER));
		ACCOUNTS.put("hoofdsocialedienst", new Demo("Hendrik Hoofd Sociale Dienst", Role.SOCIAL_SERVICE_HEAD));
		ACCOUNTS.put("bcsd", new Demo("Bert BCSD-secretaris", Role.BCSD_SECRETARY));
		ACCOUNTS.put("voorzitterbcsd", new Demo("Veerle Voorzitter BCSD", Role.BCSD_CHAIR));
		ACCOUNTS.put("bcsdlid", new Demo("Lotte Lid BCSD", Role.BCSD_MEMBER));
		ACCOUNTS.put("aankoper", new Demo("Anke Aankoper", Role.PURCHASER));
		ACCOUNTS.put("diensthoofd", new Demo("Dirk Diensthoofd", Role.DEPARTMENT_HEAD));
		ACCOUNTS.put("financieeldirecteur", new Demo("Fien Financieel Directeur", Role.FINANCIAL_DIRECTOR));
		ACCOUNTS.put("algemeendirecteur", new Demo("Arne Algemeen Directeur", Role.GENERAL_DIRECTOR));
		ACCOUNTS.put("dpo", new Demo("Dana Data Protection Officer", Role.DPO));
		ACCOUNTS.put("admin", new Demo("Adam Beheerder", Role.ADMIN));
	}

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final Clock clock;

	DemoAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		ACCOUNTS.forEach((username, demo) -> {
			if (!accounts.existsByUsername(username)) {
				var account = accounts.save(new Account(username, demo.displayName(),
						passwordEncoder.encode(PASSWORD), EnumSet.of(demo.role()), clock.instant()));
				audit.record("identity", "CREATED", "Account", account.getId(),
						"Demo-account " + username + " aangemaakt; rol: " + demo.role().name());
			}
		});
	}

}

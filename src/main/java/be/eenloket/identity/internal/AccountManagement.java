package be.eenloket.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import be.eenloket.identity.AuditLog;
import be.eenloket.identity.Role;
import be.eenloket.identity.StaffAccounts;
import be.eenloket.kernel.RuleViolation;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing staff accounts; every change is audited. */
@Service
public class AccountManagement implements StaffAccounts {

	static final int MIN_PASSWORD_LENGTH = 12;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final Clock clock;

	AccountManagement(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return accounts.findAllByOrderByUsernameAsc();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return username != null && accounts.existsByUsername(username);
	}

	@Override
	@Transactional(readOnly = true)
	public String displayName(String username) {
		return accounts.findByUsername(username).map(Account::getDisplayName).orElse(username);
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> enabledWithRole(Role role) {
		// one query: loading every account with its roles cost a social worker's file list a fifth of its time
		return accounts.enabledUsernamesWithRole(role);
	}

	@Transactional(readOnly = true)
	public Optional<Account> find(long id) {
		return accounts.findById(id);
	}

	@Transactional
	public Account create(AccountForm form) {
		if (accounts.existsByUsername(form.getUsername())) {
			throw new RuleViolation("username", "account.username.taken");
		}
		checkPassword(form.getPassword(), true);
		var account = accounts.save(new Account(form.getUsername(), form.getDisplayName(),
				passwordEncoder.encode(form.getPassword()), form.getRoles(), clock.instant()));
		audit.record("identity", "CREATED", "Account", account.getId(),
				"Account " + account.getUsername() + " aangemaakt; rollen: " + names(account.getRoles())
						+ (account.isEnabled() ? "" : "; uitgeschakeld"));
		return account;
	}

	/**
	 * Changes an account as the administrator saw it: a version other than the current one means someone else
	 * saved first, and the change is refused rather than silently overwriting theirs.
	 */
	@Transactional
	public Account update(long id, AccountForm form, String actingUsername) {
		var account = accounts.findById(id).orElseThrow(() -> new AccountNotFound(id));
		if (form.getVersion() == null || form.getVersion() != account.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Account.class, id);
		}
		var wasAdmin = account.isEnabled() && account.getRoles().contains(Role.ADMIN);
		var staysAdmin = form.isEnabled() && form.getRoles().contains(Role.ADMIN);
		if (wasAdmin && !staysAdmin) {
			if (account.getUsername().equals(actingUsername)) {
				throw new RuleViolation("roles", "account.rule.ownAdmin");
			}
			if (accounts.countEnabledWithRole(Role.ADMIN) <= 1) {
				throw new RuleViolation("roles", "account.rule.lastAdmin");
			}
		}
		var changes = new StringBuilder();
		if (!account.getDisplayName().equals(form.getDisplayName())) {
			changes.append("naam gewijzigd; ");
		}
		if (!account.getRoles().equals(form.getRoles())) {
			changes.append("rollen: ").append(names(account.getRoles())).append(" → ").append(names(form.getRoles()))
				.append("; ");
		}
		if (account.isEnabled() != form.isEnabled()) {
			changes.append(form.isEnabled() ? "ingeschakeld; " : "uitgeschakeld; ");
		}
		account.update(form.getDisplayName(), form.getRoles(), form.isEnabled());
		if (form.getPassword() != null && !form.getPassword().isEmpty()) {
			checkPassword(form.getPassword(), false);
			account.changePassword(passwordEncoder.encode(form.getPassword()));
			changes.append("wachtwoord opnieuw ingesteld; ");
		}
		accounts.saveAndFlush(account);
		audit.record("identity", "UPDATED", "Account", account.getId(), "Account " + account.getUsername() + ": "
				+ (changes.isEmpty() ? "geen wijzigingen" : changes.substring(0, changes.length() - 2)));
		return account;
	}

	private static void checkPassword(String password, boolean required) {
		if (password == null || password.isEmpty()) {
			if (required) {
				throw new RuleViolation("password", "account.password.required");
			}
			return;
		}
		if (password.length() < MIN_PASSWORD_LENGTH) {
			throw new RuleViolation("password", "account.password.tooShort");
		}
	}

	static String names(Set<Role> roles) {
		return roles.isEmpty() ? "geen" : roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
	}

	/** The account does not exist (any more). */
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	public static class AccountNotFound extends RuntimeException {

		public AccountNotFound(long id) {
			super("No account " + id);
		}

	}

}

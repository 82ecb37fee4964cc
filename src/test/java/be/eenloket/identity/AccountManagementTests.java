package be.eenloket.identity;

import java.util.EnumSet;

import be.eenloket.identity.internal.AccountForm;
import be.eenloket.identity.internal.AccountManagement;
import be.eenloket.kernel.RuleViolation;
import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Account rules and the audit trail on real PostgreSQL. */
@IntegrationTest
class AccountManagementTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void creatingAnAccountHashesThePasswordAndWritesAnAuditEntry() {
		var id = accounts.create(form("nieuw.account", "een-lang-wachtwoord", Role.PURCHASER)).getId();
		var hash = jdbc.sql("select password_hash from account where id = ?").param(id).query(String.class).single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("een-lang-wachtwoord");
		assertThat(passwordEncoder.matches("een-lang-wachtwoord", hash)).isTrue();
		assertThat(auditSummaries("Account", id)).singleElement().asString()
			.contains("nieuw.account").contains("PURCHASER");
	}

	@Test
	void aDuplicateUsernameIsRefused() {
		accounts.create(form("dubbel", "een-lang-wachtwoord", Role.DPO));
		assertThatThrownBy(() -> accounts.create(form("dubbel", "een-lang-wachtwoord", Role.DPO)))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("account.username.taken"));
	}

	@Test
	void aShortPasswordIsRefusedAndNothingIsSaved() {
		assertThatThrownBy(() -> accounts.create(form("kort.wachtwoord", "kort", Role.DPO)))
			.isInstanceOf(RuleViolation.class);
		assertThat(jdbc.sql("select count(*) from account where username = 'kort.wachtwoord'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aStaleVersionIsRefusedInsteadOfOverwritingSomeoneElsesChange() {
		var id = accounts.create(form("gelijktijdig", "een-lang-wachtwoord", Role.FRONT_DESK)).getId();
		var first = AccountForm.of(accounts.find(id).orElseThrow());
		var second = AccountForm.of(accounts.find(id).orElseThrow());
		first.setDisplayName("Eerste wijziging");
		accounts.update(id, first, "admin");
		second.setDisplayName("Tweede wijziging");
		assertThatThrownBy(() -> accounts.update(id, second, "admin"))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(accounts.find(id).orElseThrow().getDisplayName()).isEqualTo("Eerste wijziging");
	}

	@Test
	void anAdministratorCannotRemoveTheirOwnAdministratorRole() {
		var id = accounts.create(form("tweede.beheerder", "een-lang-wachtwoord", Role.ADMIN)).getId();
		var change = AccountForm.of(accounts.find(id).orElseThrow());
		change.setRoles(EnumSet.of(Role.DPO));
		assertThatThrownBy(() -> accounts.update(id, change, "tweede.beheerder"))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("account.rule.ownAdmin"));
		// someone else may do it while another administrator remains
		accounts.update(id, change, "admin");
		assertThat(accounts.find(id).orElseThrow().getRoles()).containsExactly(Role.DPO);
	}

	@Test
	void auditEntriesCommitAndRollBackWithTheChange() {
		transactions.executeWithoutResult(status -> audit.record("identity", "TESTED", "Probe", "committed", "blijft"));
		try {
			transactions.executeWithoutResult(status -> {
				audit.record("identity", "TESTED", "Probe", "rolled-back", "verdwijnt");
				throw new IllegalStateException("the change fails");
			});
		}
		catch (IllegalStateException expected) {
			// the change failed, so its audit entry must be gone too
		}
		assertThat(auditSummaries("Probe", "committed")).containsExactly("blijft");
		assertThat(auditSummaries("Probe", "rolled-back")).isEmpty();
	}

	@Test
	void auditingOutsideATransactionIsAProgrammingError() {
		assertThatThrownBy(() -> audit.record("identity", "TESTED", "Probe", "none", "zonder transactie"))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	private java.util.List<String> auditSummaries(String recordType, Object recordId) {
		return jdbc.sql("select summary from audit_entry where record_type = ? and record_id = ? order by id")
			.params(recordType, String.valueOf(recordId))
			.query(String.class)
			.list();
	}

	private static AccountForm form(String username, String password, Role role) {
		var form = new AccountForm();
		form.setUsername(username);
		form.setDisplayName("Test " + username);
		form.setRoles(EnumSet.of(role));
		form.setPassword(password);
		return form;
	}

}

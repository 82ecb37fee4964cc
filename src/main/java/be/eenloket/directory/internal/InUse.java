package be.eenloket.directory.internal;

import be.eenloket.kernel.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Refuses to retire or remove what another aggregate still refers to (a task sending citizens to a desk, a desk on a
 * floor): the aggregate cannot see that, so the question is a read, and the refusal names what is left.
 */
final class InUse {

	private InUse() {
	}

	/** Throws {@code messageKey} with the names {@code namesQuery} finds, if it finds any. */
	static void refuse(JdbcClient jdbc, String messageKey, String namesQuery, Object... params) {
		var names = jdbc.sql(namesQuery).params(params).query(String.class).list();
		if (!names.isEmpty()) {
			throw RuleViolation.ofForm(messageKey, String.join(", ", names));
		}
	}

}

package be.eenloket.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import be.eenloket.identity.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit entries with plain JDBC on the caller's connection. {@code MANDATORY} makes a call outside a
 * transaction fail loudly: an audit entry must commit or roll back together with the change it describes.
 */
@Service
class JdbcAuditLog implements AuditLog {

	static final String SYSTEM = "system";

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcAuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String module, String action, String recordType, Object recordId, String summary) {
		jdbc.sql("""
				insert into audit_entry (occurred_at, actor, module, action, record_type, record_id, summary)
				values (:occurredAt, :actor, :module, :action, :recordType, :recordId, :summary)""")
			.param("occurredAt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.param("actor", currentActor())
			.param("module", module)
			.param("action", action)
			.param("recordType", recordType)
			.param("recordId", String.valueOf(recordId))
			.param("summary", abbreviate(summary))
			.update();
	}

	static String currentActor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return SYSTEM;
		}
		return authentication.getName();
	}

	private static String abbreviate(String summary) {
		var text = summary == null ? "" : summary;
		return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
	}

}

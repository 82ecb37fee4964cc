package be.eenloket.shared.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session store in PostgreSQL (the tests' web context keeps sessions in Tomcat, see IntegrationTest; the whole
 * filter chain with sessions in PostgreSQL runs in scripts/cluster.sh and the benchmarks): a page view writes the
 * last access time back only when the stored one is a minute old, and every other change as before.
 */
@IntegrationTest
class SparingSessionRepositoryTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAccessTimeIsWrittenBackOnlyWhenItIsAMinuteOld() {
		var sessions = new SparingSessionRepository(store());
		var session = sessions.createSession();
		session.setAttribute("probe", "een");
		sessions.save(session);
		var stored = lastAccess(session.getId());

		var read = sessions.findById(session.getId());
		read.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(59));
		sessions.save(read);
		assertThat(lastAccess(session.getId())).as("a page view within the minute writes nothing").isEqualTo(stored);

		var later = sessions.findById(session.getId());
		later.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(60));
		sessions.save(later);
		assertThat(lastAccess(session.getId())).isEqualTo(stored + 60_000);

		var changed = sessions.findById(session.getId());
		changed.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(61));
		changed.setAttribute("probe", "twee");
		sessions.save(changed);
		assertThat(sessions.findById(session.getId()).<String>getAttribute("probe")).isEqualTo("twee");
		assertThat(lastAccess(session.getId())).as("the attribute is saved, the access time waits").isEqualTo(stored + 60_000);

		sessions.deleteById(session.getId());
		assertThat(sessions.findById(session.getId())).isNull();
	}

	@Test
	void aSessionIdleForItsTimeoutIsGoneAsBefore() {
		var sessions = new SparingSessionRepository(store());
		var session = sessions.createSession();
		sessions.save(session);
		var idle = Instant.now().minus(31, ChronoUnit.MINUTES).toEpochMilli();
		jdbc.sql("update spring_session set last_access_time = ?, expiry_time = ? where session_id = ?")
			.params(idle, idle + 30 * 60_000, session.getId())
			.update();
		assertThat(sessions.findById(session.getId())).isNull();
	}

	private JdbcIndexedSessionRepository store() {
		var store = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
		store.setDefaultMaxInactiveInterval(java.time.Duration.ofMinutes(30));
		return store;
	}

	private long lastAccess(String sessionId) {
		return jdbc.sql("select last_access_time from spring_session where session_id = ?").param(sessionId)
			.query(Long.class).single();
	}

}

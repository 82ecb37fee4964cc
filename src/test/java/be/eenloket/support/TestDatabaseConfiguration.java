package be.eenloket.support;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Real PostgreSQL for every test, one way or another: an external server named by {@code EENLOKET_TEST_DB_URL}
 * when set; otherwise a Testcontainers PostgreSQL where a Docker engine runs; otherwise the local server of
 * {@code scripts/local-postgres.sh}. Both paths end in the same DataSource, Flyway and Hibernate set-up.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	@ServiceConnection
	@Conditional(UseContainer.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:17-alpine");
	}

	@Bean
	@Conditional(UseServer.class)
	JdbcConnectionDetails testDatabaseConnectionDetails() {
		var database = TestDatabase.get();
		return new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return database.username();
			}

			@Override
			public String getPassword() {
				return database.password();
			}

			@Override
			public String getJdbcUrl() {
				return database.url();
			}
		};
	}

	/** Replaces the application clock so tests can move time; see {@link MutableClock}. */
	@Bean
	@org.springframework.context.annotation.Primary
	MutableClock testClock(@org.springframework.beans.factory.annotation.Value("${eenloket.time-zone}") java.time.ZoneId zone) {
		return new MutableClock(zone);
	}

	static boolean useContainer() {
		return !TestDatabase.externalServerConfigured() && DockerAvailability.dockerAvailable();
	}

	static class UseContainer implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return useContainer();
		}

	}

	static class UseServer implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !useContainer();
		}

	}

	/** Asks Testcontainers once per JVM; without Docker that costs a quarter second and one log line. */
	static final class DockerAvailability {

		private static Boolean available;

		static synchronized boolean dockerAvailable() {
			if (available == null) {
				try {
					available = DockerClientFactory.instance().isDockerAvailable();
				}
				catch (RuntimeException | LinkageError e) {
					available = false;
				}
			}
			return available;
		}

	}

}

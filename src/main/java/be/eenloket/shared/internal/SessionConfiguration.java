package be.eenloket.shared.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Staff sessions live in PostgreSQL (Spring Session JDBC) so any instance can serve any request. Two requests of one
 * session at the same moment (a console search while a form is sent) may both add the same attribute: PostgreSQL's
 * {@code ON CONFLICT} upsert instead of a plain insert keeps that from failing on the primary key.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}

package be.eenloket.shared.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Staff sessions live in PostgreSQL (Spring Session JDBC) so any instance can serve any request. Two requests of one
 * session at the same moment (a console search while a form is sent) may both add the same attribute: PostgreSQL's
 * {@code ON CONFLICT} upsert instead of a plain insert keeps that from failing on the primary key. The session
 * filter reads sessions through {@link SparingSessionRepository}, which writes the last access time back once a
 * minute instead of on every request.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * Spring Session builds its filter on the JDBC repository, and Spring Boot registers that filter by bean name:
	 * the filter is replaced by one on the sparing repository, with the same session cookie.
	 */
	@Bean
	static BeanPostProcessor sparingSessionFilter(ObjectProvider<JdbcIndexedSessionRepository> repository,
			ObjectProvider<HttpSessionIdResolver> resolvers, ObjectProvider<CookieSerializer> cookies) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof SessionRepositoryFilter<?>)) {
					return bean;
				}
				var filter = new SessionRepositoryFilter<>(new SparingSessionRepository(repository.getObject()));
				filter.setHttpSessionIdResolver(resolvers.getIfAvailable(() -> {
					var cookieResolver = new CookieHttpSessionIdResolver();
					cookies.ifAvailable(cookieResolver::setCookieSerializer);
					return cookieResolver;
				}));
				return filter;
			}

		};
	}

}

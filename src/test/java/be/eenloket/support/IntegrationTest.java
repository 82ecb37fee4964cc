package be.eenloket.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on real PostgreSQL with the demo data, driven through MockMvc (a server on a random port runs too, for the browser tests). All tests with this
 * annotation and with {@link BrowserTest} share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// Sessions stay in the servlet container here: MockMvc keeps flash attributes and sessions in its own mock session,
// which a Spring Session filter would hide. The PostgreSQL session store is exercised by scripts/cluster.sh.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.autoconfigure.exclude="
		+ "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration,"
		+ "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
public @interface IntegrationTest {
}

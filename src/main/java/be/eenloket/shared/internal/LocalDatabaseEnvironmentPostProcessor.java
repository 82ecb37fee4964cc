package be.eenloket.shared.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database before anything connects to it:
 * <ol>
 * <li>{@code spring.datasource.url} (e.g. {@code SPRING_DATASOURCE_URL}) set: use it, no Docker Compose;</li>
 * <li>a Docker engine is reachable: leave it to Spring Boot's Docker Compose support, which starts the
 * PostgreSQL of {@code docker-compose.yml};</li>
 * <li>otherwise: Docker Compose off (it would fail start-up) and the local PostgreSQL that
 * {@code scripts/local-postgres.sh} prepares.</li>
 * </ol>
 * The defaults are added with the lowest precedence, so any explicit setting still wins.
 */
public class LocalDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String LOCAL_URL = "jdbc:postgresql://localhost:5432/eenloket";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new HashMap<>();
		if (environment.containsProperty("spring.datasource.url")) {
			defaults.put("spring.docker.compose.enabled", "false");
		}
		else if (!dockerEngineLikelyAvailable(environment)) {
			defaults.put("spring.docker.compose.enabled", "false");
			defaults.put("spring.datasource.url", LOCAL_URL);
			defaults.put("spring.datasource.username", "eenloket");
			defaults.put("spring.datasource.password", "eenloket");
		}
		if (!defaults.isEmpty()) {
			environment.getPropertySources().addLast(new MapPropertySource("eenloketDatabaseDefaults", defaults));
		}
	}

	static boolean dockerEngineLikelyAvailable(ConfigurableEnvironment environment) {
		var dockerHost = environment.getProperty("DOCKER_HOST");
		if (dockerHost != null && !dockerHost.isBlank()) {
			return true;
		}
		return Files.exists(Path.of("/var/run/docker.sock"))
				|| Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"));
	}

}

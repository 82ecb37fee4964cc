package be.eenloket.shared.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class LocalDatabaseEnvironmentPostProcessorTests {

	final LocalDatabaseEnvironmentPostProcessor processor = new LocalDatabaseEnvironmentPostProcessor();

	@Test
	void anExplicitDatasourceUrlWinsAndTurnsDockerComposeOff() {
		var environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", "jdbc:postgresql://db:5432/x")));
		processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db:5432/x");
		assertThat(environment.getProperty("spring.docker.compose.enabled")).isEqualTo("false");
	}

	@Test
	void withoutDockerTheLocalDatabaseIsUsedAndComposeStaysOff() {
		var environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("DOCKER_HOST", "")));
		processor.postProcessEnvironment(environment, new SpringApplication());
		if (!LocalDatabaseEnvironmentPostProcessor.dockerEngineLikelyAvailable(environment)) {
			assertThat(environment.getProperty("spring.docker.compose.enabled")).isEqualTo("false");
			assertThat(environment.getProperty("spring.datasource.url"))
				.isEqualTo(LocalDatabaseEnvironmentPostProcessor.LOCAL_URL);
			assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("eenloket");
		}
		else {
			assertThat(environment.getProperty("spring.datasource.url")).isNull();
		}
	}

	@Test
	void aDockerHostLeavesTheDatabaseToDockerCompose() {
		var environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("DOCKER_HOST", "tcp://localhost:2375")));
		processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.url")).isNull();
		assertThat(environment.getProperty("spring.docker.compose.enabled")).isNull();
	}

}

package be.eenloket.shared.internal;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnreachableFailureAnalyzerTests {

	final DatabaseUnreachableFailureAnalyzer analyzer;

	DatabaseUnreachableFailureAnalyzerTests() {
		var environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", "jdbc:postgresql://db:5432/eenloket")));
		analyzer = new DatabaseUnreachableFailureAnalyzer(environment);
	}

	@Test
	void aRefusedConnectionNamesTheUrlAndTheFix() {
		var failure = new IllegalStateException("Failed to initialize pool",
				new SQLException("Connection to db:5432 refused", "08001", new ConnectException("Connection refused")));
		var analysis = analyzer.analyze(failure);
		assertThat(analysis.getDescription()).contains("jdbc:postgresql://db:5432/eenloket").contains("nothing answers");
		assertThat(analysis.getAction()).contains("scripts/local-postgres.sh").contains("SPRING_DATASOURCE_URL");
	}

	@Test
	void aWrongPasswordIsNamedAsSuch() {
		var analysis = analyzer.analyze(new RuntimeException(new SQLException("password authentication failed", "28P01")));
		assertThat(analysis.getDescription()).contains("password was refused");
	}

	@Test
	void otherFailuresAreLeftToSpringBoot() {
		assertThat(analyzer.analyze(new IllegalArgumentException("something else"))).isNull();
		assertThat(analyzer.analyze(new RuntimeException(new SQLException("syntax error", "42601")))).isNull();
	}

}

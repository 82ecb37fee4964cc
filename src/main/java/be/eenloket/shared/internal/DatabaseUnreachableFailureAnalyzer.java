package be.eenloket.shared.internal;

import java.net.ConnectException;
import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns "the database cannot be reached" at start-up into one short paragraph that names the URL and the fix,
 * instead of pages of stack trace.
 */
public class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

	private final Environment environment;

	public DatabaseUnreachableFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		var sqlState = findSqlState(failure);
		var connectionRefused = findCause(failure, ConnectException.class) != null;
		if (!connectionRefused && (sqlState == null || !isConnectionProblem(sqlState))) {
			return null;
		}
		var url = environment.getProperty("spring.datasource.url", "(no spring.datasource.url)");
		var reason = switch (sqlState == null ? "" : sqlState) {
			case "28P01", "28000" -> "the user name or password was refused";
			case "3D000" -> "the database does not exist";
			default -> "nothing answers at that address";
		};
		return new FailureAnalysis(
				"Eén Loket cannot reach its PostgreSQL database at " + url + ": " + reason + ".",
				"Run 'scripts/local-postgres.sh' to start (or install) a local PostgreSQL with the database "
						+ "'eenloket', start Docker so docker-compose.yml is used, or set SPRING_DATASOURCE_URL, "
						+ "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to a server that runs.",
				null);
	}

	private static boolean isConnectionProblem(String sqlState) {
		return sqlState.startsWith("08") || sqlState.equals("28P01") || sqlState.equals("28000")
				|| sqlState.equals("3D000");
	}

	private static String findSqlState(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

}

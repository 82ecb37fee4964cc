package be.eenloket.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;

/**
 * The PostgreSQL server the tests use when no Docker engine runs: the one named by {@code EENLOKET_TEST_DB_URL}
 * (with {@code EENLOKET_TEST_DB_USER} / {@code EENLOKET_TEST_DB_PASSWORD}), else the local server that
 * {@code scripts/local-postgres.sh} prepares. Each test JVM creates its own fresh database on that server, so
 * runs never see each other's data; the next run drops it.
 */
public final class TestDatabase {

	static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/eenloket";

	private static final Duration STALE_AFTER = Duration.ofMinutes(5);

	private static volatile TestDatabase instance;

	private final String url;

	private final String username;

	private final String password;

	private TestDatabase(String url, String username, String password) {
		this.url = url;
		this.username = username;
		this.password = password;
	}

	public static boolean externalServerConfigured() {
		var url = System.getenv("EENLOKET_TEST_DB_URL");
		return url != null && !url.isBlank();
	}

	/** The fresh database of this JVM, created on first use. */
	public static synchronized TestDatabase get() {
		if (instance == null) {
			instance = create();
		}
		return instance;
	}

	private static TestDatabase create() {
		var serverUrl = externalServerConfigured() ? System.getenv("EENLOKET_TEST_DB_URL") : DEFAULT_URL;
		var user = envOr("EENLOKET_TEST_DB_USER", "eenloket");
		var password = envOr("EENLOKET_TEST_DB_PASSWORD", "eenloket");
		var name = "eenloket_test_" + Instant.now().getEpochSecond() + "_" + ProcessHandle.current().pid();
		try (Connection admin = DriverManager.getConnection(serverUrl, user, password);
				var statement = admin.createStatement()) {
			dropStaleDatabases(admin);
			statement.execute("create database " + name);
		}
		catch (SQLException e) {
			throw new IllegalStateException("The tests need PostgreSQL and found none: no Docker engine for "
					+ "Testcontainers, and " + serverUrl + " (user " + user + ") refused: " + e.getMessage()
					+ ". Run scripts/local-postgres.sh, start Docker, or set EENLOKET_TEST_DB_URL, "
					+ "EENLOKET_TEST_DB_USER and EENLOKET_TEST_DB_PASSWORD.", e);
		}
		var database = new TestDatabase(replaceDatabase(serverUrl, name), user, password);
		return database;
	}

	/**
	 * Drops the databases of earlier runs. Not at the end of a run: Spring closes its contexts in shutdown hooks
	 * too, and a database dropped under them makes the JVM hang on exit. A database still in use (another run on
	 * the same server) or younger than {@link #STALE_AFTER} is left alone.
	 */
	private static void dropStaleDatabases(Connection admin) throws SQLException {
		var stale = new ArrayList<String>();
		try (var statement = admin.createStatement();
				var rows = statement.executeQuery("""
						select datname from pg_database where datname like 'eenloket\\_test\\_%'
						and datname not in (select datname from pg_stat_activity where datname is not null)""")) {
			var limit = Instant.now().minus(STALE_AFTER).getEpochSecond();
			while (rows.next()) {
				var parts = rows.getString(1).split("_");
				if (parts.length >= 3 && parts[2].matches("\\d+") && Long.parseLong(parts[2]) < limit) {
					stale.add(rows.getString(1));
				}
			}
		}
		for (var name : stale) {
			try (var statement = admin.createStatement()) {
				statement.execute("drop database if exists " + name + " with (force)");
			}
			catch (SQLException ignored) {
				// owned by someone else or in use: leave it
			}
		}
	}

	static String replaceDatabase(String jdbcUrl, String database) {
		var queryStart = jdbcUrl.indexOf('?');
		var base = queryStart < 0 ? jdbcUrl : jdbcUrl.substring(0, queryStart);
		var query = queryStart < 0 ? "" : jdbcUrl.substring(queryStart);
		return base.substring(0, base.lastIndexOf('/') + 1) + database + query;
	}

	private static String envOr(String name, String fallback) {
		var value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	public String url() {
		return url;
	}

	public String username() {
		return username;
	}

	public String password() {
		return password;
	}

}

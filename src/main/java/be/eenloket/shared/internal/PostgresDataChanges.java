package be.eenloket.shared.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import be.eenloket.shared.DataChanges;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link DataChanges} on PostgreSQL: one connection of its own (outside the pool, so a busy pool never delays a
 * notice) runs {@code LISTEN} for every subscribed channel and waits for notices; after a lost connection it
 * reconnects with a growing pause (up to 2 s) and then runs every subscriber once.
 */
@Component
class PostgresDataChanges implements DataChanges, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PostgresDataChanges.class);

	private static final Pattern CHANNEL = Pattern.compile("[a-z_]{1,60}");

	private final JdbcClient jdbc;

	private final JdbcConnectionDetails database;

	private final Map<String, List<Runnable>> subscribers = new ConcurrentHashMap<>();

	private volatile boolean running;

	private volatile boolean listening;

	private volatile Thread thread;

	private volatile Connection connection;

	PostgresDataChanges(JdbcClient jdbc, JdbcConnectionDetails database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	@Override
	public void announce(String channel) {
		jdbc.sql("select pg_notify(?, '')").param(checked(channel)).query(Object.class).list();
	}

	@Override
	public void subscribe(String channel, Runnable onChange) {
		subscribers.computeIfAbsent(checked(channel), key -> new CopyOnWriteArrayList<>()).add(onChange);
		var current = connection;
		if (current != null) {
			// picked up by the listening loop's next reconnect at the latest; LISTEN now when connected
			try (var statement = current.createStatement()) {
				statement.execute("LISTEN " + channel);
			}
			catch (SQLException | RuntimeException notNow) {
				log.debug("LISTEN {} deferred to the next connection", channel);
			}
		}
	}

	@Override
	public boolean listening() {
		return listening;
	}

	@Override
	public void start() {
		running = true;
		var listener = new Thread(this::listen, "data-changes");
		listener.setDaemon(true);
		thread = listener;
		listener.start();
	}

	@Override
	public void stop() {
		running = false;
		var listener = thread;
		if (listener != null) {
			listener.interrupt();
		}
		closeQuietly();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void listen() {
		var pause = 100L;
		while (running) {
			try (var open = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(),
					database.getPassword())) {
				connection = open;
				try (var statement = open.createStatement()) {
					for (var channel : subscribers.keySet()) {
						statement.execute("LISTEN " + channel);
					}
				}
				listening = true;
				pause = 100L;
				log.info("Listening for data changes on {}", subscribers.keySet());
				// whatever changed while nobody listened
				subscribers.values().forEach(list -> list.forEach(this::runQuietly));
				var pg = open.unwrap(PGConnection.class);
				while (running) {
					var notifications = pg.getNotifications(1000);
					if (notifications == null) {
						// getNotifications does not notice a dead server by itself
						try (var statement = open.createStatement()) {
							statement.execute("select 1");
						}
						continue;
					}
					var channels = new java.util.LinkedHashSet<String>();
					for (var notification : notifications) {
						channels.add(notification.getName());
					}
					for (var channel : channels) {
						subscribers.getOrDefault(channel, List.of()).forEach(this::runQuietly);
					}
				}
			}
			catch (SQLException | RuntimeException lost) {
				if (running) {
					if (listening) {
						log.warn("Lost the data-change connection ({}); caches check versions until it is back",
								lost.getMessage());
					}
					listening = false;
					connection = null;
					sleep(pause);
					pause = Math.min(pause * 2, 2000L);
				}
			}
			finally {
				listening = false;
				connection = null;
			}
		}
	}

	private void runQuietly(Runnable subscriber) {
		try {
			subscriber.run();
		}
		catch (RuntimeException failed) {
			log.warn("A data-change subscriber failed: {}", failed.toString());
		}
	}

	private void closeQuietly() {
		var current = connection;
		if (current != null) {
			try {
				current.close();
			}
			catch (SQLException ignored) {
				// closing on shutdown
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private static String checked(String channel) {
		if (!CHANNEL.matcher(channel).matches()) {
			throw new IllegalArgumentException("Not a channel name: " + channel);
		}
		return channel;
	}

}

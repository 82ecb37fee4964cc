package be.eenloket.shared;

/**
 * Tells every instance that data behind an in-memory copy changed, through PostgreSQL {@code LISTEN/NOTIFY}: a
 * writer calls {@link #announce} inside its transaction (PostgreSQL delivers the notice only if it commits), and
 * each instance runs the subscribers of that channel within milliseconds. While the listening connection is down
 * (a database restart), {@link #listening()} is false and caches fall back to checking a version themselves; on
 * reconnecting every subscriber runs once, for whatever was missed.
 */
public interface DataChanges {

	/** Notifies every instance after the current transaction commits. Channel: lower-case letters and underscores. */
	void announce(String channel);

	/** Runs {@code onChange} on a background thread whenever {@code channel} is announced by any instance. */
	void subscribe(String channel, Runnable onChange);

	/** Whether notices are arriving now; when not, a cache must not rely on them. */
	boolean listening();

}

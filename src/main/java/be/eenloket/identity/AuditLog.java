package be.eenloket.identity;

/**
 * The one audit trail of the application. Call it inside the transaction that makes the change: the entry is
 * written in that same transaction, so a change and its audit entry are saved together or not at all. The actor
 * is the logged-in user (or {@code system} for start-up and scheduled work) and the time comes from the clock.
 */
public interface AuditLog {

	/**
	 * Records a change.
	 * @param module the module that owns the record, e.g. {@code identity}
	 * @param action what happened, e.g. {@code CREATED}, {@code UPDATED}, {@code DISABLED}
	 * @param recordType the kind of record, e.g. {@code Account}
	 * @param recordId the record's identifier
	 * @param summary a short human-readable summary of the change, without secrets
	 */
	void record(String module, String action, String recordType, Object recordId, String summary);

}

package be.eenloket.organisation.internal;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * An editable record of the organogram: its id and the version a form showed. Hibernate checks the version on
 * every update (a concurrent transaction); {@link #requireVersion} checks the version a user saw (a stale form),
 * and both end in the same "someone else saved first" message.
 */
@MappedSuperclass
abstract class Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	public long id() {
		return id == null ? 0 : id;
	}

	public long version() {
		return version;
	}

	/** Refuses a change based on another version than the current one. */
	void requireVersion(long seenVersion) {
		if (seenVersion != version) {
			throw new ObjectOptimisticLockingFailureException(getClass(), id);
		}
	}

}

package be.eenloket.directory.internal;

import org.springframework.data.repository.CrudRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The editor's forms carry the version they showed; an aggregate (or a part of one) changed since then is not
 * overwritten. JPA's {@code @Version} guards against a concurrent transaction; this guards against the time the form
 * was open. A record that is gone counts as changed too.
 */
final class Versions {

	/** What has a version the editor's form carries back. */
	interface Versioned {

		long version();

	}

	private Versions() {
	}

	/** The aggregate, or the explanation that someone else removed it. */
	static <T> T find(CrudRepository<T, Long> repository, Class<T> type, long id) {
		return repository.findById(id).orElseThrow(() -> new ObjectOptimisticLockingFailureException(type, id));
	}

	/** The aggregate as the editor saw it at {@code seen}, or the explanation that someone else changed it. */
	static <T extends Versioned> T asSeen(CrudRepository<T, Long> repository, Class<T> type, long id, long seen) {
		var found = find(repository, type, id);
		check(found, seen, id);
		return found;
	}

	static void check(Versioned current, long seen, Object id) {
		if (current.version() != seen) {
			throw new ObjectOptimisticLockingFailureException(current.getClass(), id);
		}
	}

}

package be.eenloket.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import be.eenloket.directory.internal.search.DirectoryIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Finds tasks, service points, buildings, floors and rooms for what a citizen types, in an in-process Lucene index
 * ({@link DirectoryIndex}: Dutch and English analysis, compounds, accents folded, typos) that holds the same data as
 * the read model. PostgreSQL is not asked: the index is rebuilt from the read model whenever its data version
 * changes, which is right after a change in this instance and within a second of a change made by another instance
 * (the read model's {@code dir_data_version} check), and on the first search of a new day (a planned move puts a
 * service point on another floor). While one request rebuilds, the others keep answering from the previous index,
 * so a change never makes searches wait.
 */
@Service
public class DirectorySearch {

	private static final Logger log = LoggerFactory.getLogger(DirectorySearch.class);

	public static final int MAX_QUERY_LENGTH = 100;

	static final int MAX_RESULTS = 20;

	private final DirectoryReadModel readModel;

	private final Clock clock;

	private volatile DirectoryIndex index;

	private final ReentrantLock building = new ReentrantLock();

	DirectorySearch(DirectoryReadModel readModel, Clock clock) {
		this.readModel = readModel;
		this.clock = clock;
	}

	/** Normalises what was typed: no control characters, single spaces, at most 100 characters. */
	public static String clean(String query) {
		if (query == null) {
			return "";
		}
		var cleaned = query.length() > 4 * MAX_QUERY_LENGTH ? query.substring(0, 4 * MAX_QUERY_LENGTH) : query;
		cleaned = cleaned.replaceAll("[\\p{Cntrl}\\p{Cf}]", " ").replaceAll("\\s+", " ").strip();
		if (cleaned.codePointCount(0, cleaned.length()) > MAX_QUERY_LENGTH) {
			cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_QUERY_LENGTH));
		}
		return cleaned;
	}

	/** The best answers (at most 20), best first; empty for a question without letters or digits. */
	public List<DirectoryIndex.Hit> search(String query) {
		var cleaned = clean(query);
		if (cleaned.isEmpty() || cleaned.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return List.of();
		}
		return index().search(cleaned, MAX_RESULTS);
	}

	/** The index of the current directory data (rebuilt here when the data changed and nobody else is at it). */
	public DirectoryIndex index() {
		var data = readModel.current();
		var current = index;
		if (current != null && current.version() == data.version() && current.day().equals(LocalDate.now(clock))) {
			return current;
		}
		// the first index is waited for; an outdated one is rebuilt by one thread while the others keep using it
		if (current == null) {
			building.lock();
		}
		else if (!building.tryLock()) {
			return current;
		}
		try {
			return rebuildIfOutdated(data);
		}
		finally {
			building.unlock();
		}
	}

	private DirectoryIndex rebuildIfOutdated(DirectoryData data) {
		var current = index;
		var today = LocalDate.now(clock);
		if (current != null && current.version() >= data.version() && current.day().equals(today)) {
			return current;
		}
		var rebuilt = DirectoryIndex.build(data, today);
		var stats = rebuilt.stats();
		log.info("Search index for directory version {}: {} documents in {} ms, {} KB", stats.version(),
				stats.documents(), stats.buildMillis(), stats.bytes() / 1024);
		index = rebuilt;
		return rebuilt;
	}

	/** Builds the first index before the first citizen asks. */
	@EventListener(ApplicationReadyEvent.class)
	void buildAtStartUp() {
		index();
	}

}

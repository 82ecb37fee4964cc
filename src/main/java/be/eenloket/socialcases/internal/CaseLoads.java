package be.eenloket.socialcases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import be.eenloket.socialcases.internal.CaseFileOverviews.WorkerLoad;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every worker's count of open requests on the head's deadline dashboard, kept in memory until a request or an
 * assignment changes. Counting them reads every open request of the service (4,700 with 100,000 files: 10–20 ms of
 * PostgreSQL per page); this reads one version number instead. The version lives in {@code sc_case_load_version}
 * and a trigger moves it when a change commits, whatever wrote it and on whichever instance, so a count is never
 * shown after a change to it committed. The counts also depend on the day (overdue, due soon): a new day counts
 * again.
 */
@Component
class CaseLoads {

	private record Counted(long version, LocalDate today, List<WorkerLoad> loads) {
	}

	private final JdbcClient jdbc;

	private volatile Counted counted;

	CaseLoads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The counts for today: remembered ones while nothing changed, else what {@code count} finds now. */
	List<WorkerLoad> perWorker(LocalDate today, Supplier<List<WorkerLoad>> count) {
		// read before counting: a change that commits in between makes the next page count again
		var version = jdbc.sql("select version from sc_case_load_version where id = 1").query(Long.class).single();
		var known = counted;
		if (known != null && known.version() == version && known.today().equals(today)) {
			return known.loads();
		}
		var loads = List.copyOf(count.get());
		counted = new Counted(version, today, loads);
		return loads;
	}

}

package be.eenloket.socialcases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import be.eenloket.frontdesk.SocialAidRequestType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the case files: a worker's (or the head's) file list and the deadline dashboard, as SQL read
 * models. They stay fast with 100,000 files and 300,000 requests (bench/socialcases.sh, docs/performance.md): every
 * query starts from an index and reads the rows of one page, never all files of a worker.
 */
@Service
public class CaseFileOverviews {

	public static final int PAGE_SIZE = 25;

	/** Days before a deadline from which it shows as due soon. */
	public static final int SOON_DAYS = 5;

	private static final String OPEN = "r.status in ('OPEN', 'PROPOSED')";

	// a worker's open requests come from the read model sc_open_request_worker (kept by triggers, see its migration):
	// one index range instead of joining every open request of the service with every file of the worker
	private static final String ALL_OPEN_FILES = "select r.case_file_id as id, count(*) as open_requests,"
			+ " min(r.decide_by) as next_deadline from sc_aid_request r where " + OPEN + " group by r.case_file_id";

	private static final String WORKERS_OPEN_FILES = "select o.case_file_id as id, count(*) as open_requests,"
			+ " min(o.decide_by) as next_deadline from sc_open_request_worker o where o.username = :worker"
			+ " group by o.case_file_id";

	// Files with a request waiting for a decision come first, nearest decision date first; then the others, newest
	// first. Each half is read from its own index up to the end of the page, so a page costs the same whether the
	// worker has 50 files or 5,000 (the single query it replaced computed every file's next deadline to sort them).
	private static final String LIST = """
			with open_files as (%1$s),
			listed as (
			    (select id, open_requests, next_deadline from open_files order by next_deadline, id desc limit :upTo)
			    union all
			    (%2$s limit :upTo)),
			page as (
			    select id, open_requests, next_deadline from listed
			    order by next_deadline nulls last, id desc limit :limit offset :offset)
			select f.id, f.file_number, f.status,
			       (select m.first_name || ' ' || m.last_name from sc_household_member m
			        where m.case_file_id = f.id and m.relation = 'APPLICANT' limit 1) as applicant,
			       (select string_agg(w.username, ', ' order by w.username) from sc_case_worker w
			        where w.case_file_id = f.id) as workers,
			       p.open_requests, p.next_deadline
			from page p join sc_case_file f on f.id = p.id
			order by p.next_deadline nulls last, f.id desc""";

	private static final String NOT_OPEN = "not exists (select 1 from sc_aid_request r where r.case_file_id = %s and "
			+ OPEN + ")";

	private static final String WORKERS_OTHER_FILES = "select w.case_file_id, 0::bigint, null::date from sc_case_worker w"
			+ " where w.username = :worker and " + NOT_OPEN.formatted("w.case_file_id") + " order by w.case_file_id desc";

	private static final String ALL_OTHER_FILES = "select f.id, 0::bigint, null::date from sc_case_file f where "
			+ NOT_OPEN.formatted("f.id") + " order by f.id desc";

	private static final String LOADS = """
			select o.username,
			       count(*) filter (where o.decide_by < :today) as overdue,
			       count(*) filter (where o.decide_by between :today and :soon) as due_soon,
			       count(*) as open, min(o.decide_by) as nearest
			from sc_open_request_worker o
			%s
			group by o.username order by o.username""";

	// the requests are chosen first (from the index of open requests by decision date), their files looked up after:
	// left to itself the planner joined every file of the worker before filtering the requests
	private static final String DEADLINES = """
			with due as materialized (%s)
			select d.case_file_id, f.file_number, d.register_number, d.type, d.received_on, d.decide_by,
			       (select string_agg(w.username, ', ' order by w.username) from sc_case_worker w
			        where w.case_file_id = d.case_file_id) as workers
			from due d join sc_case_file f on f.id = d.case_file_id
			order by d.decide_by, d.id""";

	private static final String ALL_DUE = "select r.id, r.case_file_id, r.register_number, r.type, r.received_on,"
			+ " r.decide_by from sc_aid_request r where " + OPEN + " and r.decide_by <= :soon"
			+ " order by r.decide_by, r.id limit :limit offset :offset";

	private static final String WORKERS_DUE = "select r.id, r.case_file_id, r.register_number, r.type, r.received_on,"
			+ " r.decide_by from sc_open_request_worker o join sc_aid_request r on r.id = o.request_id"
			+ " where o.username = :worker and o.decide_by <= :soon"
			+ " order by o.decide_by, o.request_id limit :limit offset :offset";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final CaseLoads caseLoads;

	CaseFileOverviews(JdbcClient jdbc, Clock clock, CaseLoads caseLoads) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.caseLoads = caseLoads;
	}

	/** One line of a file list: the applicant's name only in the lists of the file's own workers. */
	public record FileRow(long id, String fileNumber, CaseFile.Status status, String applicant, String workers,
			int openRequests, LocalDate nextDeadline, long daysLeft) {

		public String urgency() {
			return nextDeadline == null ? "NONE" : daysLeft < 0 ? "OVERDUE" : daysLeft <= SOON_DAYS ? "SOON" : "ON_TIME";
		}

	}

	public record FilePage(List<FileRow> rows, String worker, int page, boolean hasNext) {
	}

	/**
	 * A worker's own files with the nearest decision deadline first; for the head every file, or one worker's.
	 */
	@Transactional(readOnly = true)
	public FilePage list(Viewer viewer, String workerFilter, int page) {
		var worker = viewer.isHead() ? (workerFilter == null || workerFilter.isBlank() ? null : workerFilter)
				: viewer.username();
		var safePage = Math.max(0, page);
		var today = LocalDate.now(clock);
		var offset = (long) safePage * PAGE_SIZE;
		var sql = worker == null ? LIST.formatted(ALL_OPEN_FILES, ALL_OTHER_FILES)
				: LIST.formatted(WORKERS_OPEN_FILES, WORKERS_OTHER_FILES);
		var query = onePlan().sql(sql)
			.param("limit", PAGE_SIZE + 1)
			.param("offset", offset)
			.param("upTo", offset + PAGE_SIZE + 1);
		if (worker != null) {
			query = query.param("worker", worker);
		}
		var rows = query.query((rs, n) -> fileRow(rs, today, viewer)).list();
		var hasNext = rows.size() > PAGE_SIZE;
		return new FilePage(List.copyOf(hasNext ? rows.subList(0, PAGE_SIZE) : rows), worker, safePage, hasNext);
	}

	private static FileRow fileRow(ResultSet rs, LocalDate today, Viewer viewer) throws SQLException {
		var next = rs.getObject("next_deadline", LocalDate.class);
		var workers = rs.getString("workers");
		// the head's overview shows file numbers, not names: need-to-know also in lists
		var ownFile = workers != null && List.of(workers.split(", ")).contains(viewer.username());
		return new FileRow(rs.getLong("id"), rs.getString("file_number"), CaseFile.Status.valueOf(rs.getString("status")),
				ownFile ? rs.getString("applicant") : null, workers, rs.getInt("open_requests"), next,
				next == null ? 0 : ChronoUnit.DAYS.between(today, next));
	}

	/** One worker's count of open requests: overdue, due within {@link #SOON_DAYS} days, all. */
	public record WorkerLoad(String worker, long overdue, long dueSoon, long open, LocalDate nearest) {
	}

	/** A request whose decision deadline passed or is near. */
	public record DeadlineRow(long fileId, String fileNumber, String registerNumber, SocialAidRequestType type,
			LocalDate receivedOn, LocalDate decideBy, long daysLeft, String workers) {

		public String urgency() {
			return daysLeft < 0 ? "OVERDUE" : "SOON";
		}

	}

	/** The workers' loads in full; the requests one page of {@link #PAGE_SIZE} at a time, most urgent first. */
	public record Dashboard(List<WorkerLoad> workers, List<DeadlineRow> deadlines, int soonDays, int page,
			boolean hasNext) {
	}

	/** The deadline dashboard: per worker for the head, one's own for a social worker. */
	@Transactional(readOnly = true)
	public Dashboard dashboard(Viewer viewer, int page) {
		var safePage = Math.max(0, page);
		var worker = viewer.isHead() ? null : viewer.username();
		var today = LocalDate.now(clock);
		var soon = today.plusDays(SOON_DAYS);
		var planned = onePlan();
		// the head's counts cover the whole service: remembered until a request or an assignment changes
		var workerLoads = worker == null ? caseLoads.perWorker(today, () -> loads(null, today, soon))
				: loads(worker, today, soon);
		var deadlines = planned.sql(DEADLINES.formatted(worker == null ? ALL_DUE : WORKERS_DUE))
			.param("soon", soon)
			.param("limit", PAGE_SIZE + 1)
			.param("offset", (long) safePage * PAGE_SIZE);
		if (worker != null) {
			deadlines = deadlines.param("worker", worker);
		}
		var rows = deadlines.query((rs, n) -> {
			var decideBy = rs.getObject("decide_by", LocalDate.class);
			return new DeadlineRow(rs.getLong("case_file_id"), rs.getString("file_number"),
					rs.getString("register_number"), SocialAidRequestType.valueOf(rs.getString("type")),
					rs.getObject("received_on", LocalDate.class), decideBy, ChronoUnit.DAYS.between(today, decideBy),
					rs.getString("workers"));
		}).list();
		var hasNext = rows.size() > PAGE_SIZE;
		return new Dashboard(workerLoads, List.copyOf(hasNext ? rows.subList(0, PAGE_SIZE) : rows), SOON_DAYS, safePage,
				hasNext);
	}

	private List<WorkerLoad> loads(String worker, LocalDate today, LocalDate soon) {
		// within the dashboard's transaction, planned without parallel workers (onePlan)
		var loads = jdbc.sql(LOADS.formatted(worker == null ? "" : "where o.username = :worker"))
			.param("today", today)
			.param("soon", soon);
		if (worker != null) {
			loads = loads.param("worker", worker);
		}
		return loads.query((rs, n) -> new WorkerLoad(rs.getString("username"), rs.getLong("overdue"),
				rs.getLong("due_soon"), rs.getLong("open"), rs.getObject("nearest", LocalDate.class)))
			.list();
	}

	/**
	 * These page queries read a few thousand index entries at most: starting parallel workers costs more than it
	 * saves (measured: 3 ms alone, 12–17 ms with a parallel plan on two busy cores), so this transaction plans
	 * without them.
	 */
	private JdbcClient onePlan() {
		jdbc.sql("set local max_parallel_workers_per_gather = 0").update();
		return jdbc;
	}

}

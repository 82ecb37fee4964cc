package be.eenloket.socialcases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import be.eenloket.identity.AuditLog;
import be.eenloket.kernel.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up reminders of case files: review dates and the yearly home visit, planned and marked done through the
 * {@link CaseFile} aggregate by its assigned worker or the head; closing a file closes them. The dashboard and the
 * digest read them in SQL, with file numbers, kinds and dates only: what to review shows on the (logged) file page.
 */
@Service
public class FollowUps {

	private static final String MODULE = "socialcases";

	private final CaseFileRepository files;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	FollowUps(CaseFileRepository files, AuditLog audit, JdbcClient jdbc, Clock clock) {
		this.files = files;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Plans a review of the file on {@code dueOn}: what to review is stored encrypted. */
	@Transactional
	public void planReview(long fileId, long version, LocalDate dueOn, String subject, Viewer viewer) {
		var file = forChange(fileId, version, viewer);
		var review = file.planReview(dueOn, subject, LocalDate.now(clock), viewer.username());
		audit.record(MODULE, "FOLLOW_UP_PLANNED", "CaseFile", fileId,
				"Herziening gepland op " + review.getDueOn() + " in dossier " + file.getFileNumber());
	}

	/** Marks a reminder done (who and when are recorded); the home visit's next reminder follows a year later. */
	@Transactional
	public void markDone(long fileId, long version, long followUpId, Viewer viewer) {
		var file = forChange(fileId, version, viewer);
		var done = file.markFollowUpDone(followUpId, LocalDate.now(clock), viewer.username());
		audit.record(MODULE, "FOLLOW_UP_DONE", "CaseFile", fileId,
				"Opvolging (" + done.getKind().name() + ", " + done.getDueOn() + ") afgerond in dossier "
						+ file.getFileNumber());
	}

	private CaseFile forChange(long fileId, long version, Viewer viewer) {
		var file = files.findForChange(fileId).orElseThrow(() -> new CaseFileNotFound(fileId));
		if (file.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(CaseFile.class, fileId);
		}
		RuleViolation.require(viewer.isHead() || (viewer.isSocialWorker() && file.isAssignedTo(viewer.username())),
				null, "followUp.notAllowed");
		return file;
	}

	// ---- read models ----

	/** One worker's open reminders: overdue, due within {@link CaseFileOverviews#SOON_DAYS} days, the nearest date. */
	public record WorkerReminders(String worker, long overdue, long dueSoon, LocalDate nearest) {
	}

	/** A reminder that is overdue or near, without what to review. */
	public record DueReminder(long fileId, String fileNumber, FollowUp.Kind kind, LocalDate dueOn, long daysLeft,
			String workers) {

		public String urgency() {
			return daysLeft < 0 ? "OVERDUE" : "SOON";
		}

	}

	/** The workers' counts in full; the reminders one page of {@link CaseFileOverviews#PAGE_SIZE} at a time. */
	public record Dashboard(List<WorkerReminders> workers, List<DueReminder> due, int page, boolean hasNext) {
	}

	/** Reminders overdue or due within {@link CaseFileOverviews#SOON_DAYS} days: per worker for the head, one's own else. */
	@Transactional(readOnly = true)
	public Dashboard dashboard(Viewer viewer, int page) {
		var safePage = Math.max(0, page);
		var worker = viewer.isHead() ? null : viewer.username();
		var today = LocalDate.now(clock);
		var soon = today.plusDays(CaseFileOverviews.SOON_DAYS);
		var workers = jdbc.sql("""
				select w.username,
				       count(*) filter (where u.due_on < :today) as overdue,
				       count(*) filter (where u.due_on >= :today) as due_soon,
				       min(u.due_on) as nearest
				from sc_follow_up u join sc_case_worker w on w.case_file_id = u.case_file_id
				where u.status = 'OPEN' and u.due_on <= :soon
				  and (cast(:worker as varchar) is null or w.username = cast(:worker as varchar))
				group by w.username order by w.username""")
			.param("today", today)
			.param("soon", soon)
			.param("worker", worker)
			.query((rs, n) -> new WorkerReminders(rs.getString("username"), rs.getLong("overdue"),
					rs.getLong("due_soon"), rs.getObject("nearest", LocalDate.class)))
			.list();
		var due = jdbc.sql("""
				select u.case_file_id, f.file_number, u.kind, u.due_on,
				       (select string_agg(w.username, ', ' order by w.username) from sc_case_worker w
				        where w.case_file_id = u.case_file_id) as workers
				from sc_follow_up u join sc_case_file f on f.id = u.case_file_id
				where u.status = 'OPEN' and u.due_on <= :soon
				  and (cast(:worker as varchar) is null
				       or exists (select 1 from sc_case_worker w where w.case_file_id = u.case_file_id
				                  and w.username = cast(:worker as varchar)))
				order by u.due_on, u.id
				limit :limit offset :offset""")
			.param("soon", soon)
			.param("limit", CaseFileOverviews.PAGE_SIZE + 1)
			.param("offset", (long) safePage * CaseFileOverviews.PAGE_SIZE)
			.param("worker", worker)
			.query((rs, n) -> {
				var dueOn = rs.getObject("due_on", LocalDate.class);
				return new DueReminder(rs.getLong("case_file_id"), rs.getString("file_number"),
						FollowUp.Kind.valueOf(rs.getString("kind")), dueOn, ChronoUnit.DAYS.between(today, dueOn),
						rs.getString("workers"));
			})
			.list();
		var hasNext = due.size() > CaseFileOverviews.PAGE_SIZE;
		return new Dashboard(workers, List.copyOf(hasNext ? due.subList(0, CaseFileOverviews.PAGE_SIZE) : due), safePage,
				hasNext);
	}

}

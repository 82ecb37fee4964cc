package be.eenloket.socialcases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Need-to-know per file, and the access log. A file is read by its assigned workers and the head; another social
 * worker only after breaking the glass with a written reason (valid that day, flagged for the DPO); nobody else.
 * Every read writes exactly one row in {@code sc_access_log}, in the transaction of the read.
 */
@Component
public class FileAccess {

	/** What was read. */
	public enum What {

		FILE, LETTER, DOCUMENT, NOTE

	}

	/** Why the reader could read it. */
	public enum Purpose {

		ASSIGNED, HEAD, BREAK_GLASS, BCSD

	}

	private final JdbcClient jdbc;

	private final SocialCrypto crypto;

	private final Clock clock;

	FileAccess(JdbcClient jdbc, SocialCrypto crypto, Clock clock) {
		this.jdbc = jdbc;
		this.crypto = crypto;
		this.clock = clock;
	}

	/**
	 * Why {@code viewer} may read {@code file}.
	 * @throws NeedToKnow when the viewer may not
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Purpose purpose(CaseFile file, Viewer viewer) {
		if (viewer.isSocialWorker() && file.isAssignedTo(viewer.username())) {
			return Purpose.ASSIGNED;
		}
		if (viewer.isHead()) {
			return Purpose.HEAD;
		}
		if (viewer.isSocialWorker() && glassBroken(file.getId(), viewer.username())) {
			return Purpose.BREAK_GLASS;
		}
		throw new NeedToKnow(file.getId(), viewer.isSocialWorker());
	}

	/** Checks need-to-know and writes the one access-log row of this read. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Purpose read(CaseFile file, Viewer viewer, What what, String detail) {
		var purpose = purpose(file, viewer);
		log(file.getId(), viewer.username(), what, detail, purpose);
		return purpose;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void log(long caseFileId, String username, What what, String detail, Purpose purpose) {
		jdbc.sql("""
				insert into sc_access_log (read_at, username, case_file_id, what, detail, purpose)
				values (:at, :user, :file, :what, :detail, :purpose)""")
			.param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.param("user", username)
			.param("file", caseFileId)
			.param("what", what.name())
			.param("detail", detail)
			.param("purpose", purpose.name())
			.update();
	}

	/** A social worker opens a file that is not theirs, with the reason the DPO will read. Valid today. */
	@Transactional
	public void breakGlass(long caseFileId, Viewer viewer, String reason) {
		be.eenloket.kernel.RuleViolation.require(viewer.isSocialWorker(), null, "breakGlass.notAllowed");
		be.eenloket.kernel.RuleViolation.require(reason != null && reason.strip().length() >= 10, "reason",
				"breakGlass.reason.required");
		jdbc.sql("""
				insert into sc_break_glass (case_file_id, username, opened_at, valid_on, reason_cipher)
				values (:file, :user, :at, :day, :reason)
				on conflict (case_file_id, username, valid_on) do nothing""")
			.param("file", caseFileId)
			.param("user", viewer.username())
			.param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.param("day", LocalDate.now(clock))
			.param("reason", crypto.encrypt(reason.strip(), BREAK_GLASS_PURPOSE))
			.update();
	}

	static final String BREAK_GLASS_PURPOSE = "socialcases.breakglass";

	private boolean glassBroken(long caseFileId, String username) {
		return jdbc.sql("select count(*) from sc_break_glass where case_file_id = ? and username = ? and valid_on = ?")
			.params(caseFileId, username, LocalDate.now(clock))
			.query(Long.class)
			.single() > 0;
	}

}

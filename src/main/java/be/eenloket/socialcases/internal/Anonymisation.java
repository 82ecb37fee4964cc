package be.eenloket.socialcases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import be.eenloket.identity.AuditLog;
import be.eenloket.identity.Role;
import be.eenloket.kernel.RuleViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention of closed case files and their anonymisation, in one place. A file closed more than
 * {@code eenloket.socialcases.retention-years} years ago (default 10, see docs/socialcases.md for why) waits for the
 * DPO, who approves a run; each file is anonymised in a transaction of its own, re-checked inside it, and audited.
 *
 * <p>What is erased, per file:
 * <ol>
 * <li>household members ({@link CaseFile#anonymise}): first and last name, birth date (the year stays), national
 * register number (ciphertext), the look-up key {@code person_key} (so a returning person gets a new file);</li>
 * <li>follow-up reminders ({@link CaseFile#anonymise}): deleted, what to review included; the last home visit date;</li>
 * <li>requests ({@code sc_aid_request}): the reasons for forwarding and of the proposal, the hearing's outcome
 * (ciphertexts) and the hearing's place (it may be the person's home); letters are rendered from these fields and
 * are not stored, so they cannot be printed any more;</li>
 * <li>the intakes the requests came from ({@code sc_intake}): name, birth date, national register number, phone,
 * e-mail, address and description (their ciphertexts, and the clear columns older intakes had);</li>
 * <li>break-the-glass reasons ({@code sc_break_glass}); who opened the file and when stays for the DPO;</li>
 * <li>access-log details that name a document or note ({@code sc_access_log.detail} of DOCUMENT and NOTE reads): the
 * rows stay (who, which file id, what, when, purpose) and their other details hold file and register numbers only;</li>
 * <li>every {@link PersonalDataEraser} bean of this module (tables added by other parts of the module).</li>
 * </ol>
 * Kept: the file number, dates, closure reason, request types, dates, decisions, legal bases, amounts and BCSD votes,
 * so {@link ManagementFigures} counts the same before and after. The audit log's summaries never held names.
 */
@Service
public class Anonymisation {

	/** At most this many files are listed and approved at once. */
	public static final int BATCH = 200;

	private static final String MODULE = "socialcases";

	private final CaseFileRepository files;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final List<PersonalDataEraser> erasers;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int retentionYears;

	Anonymisation(CaseFileRepository files, JdbcClient jdbc, AuditLog audit, ObjectProvider<PersonalDataEraser> erasers,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${eenloket.socialcases.retention-years:10}") int retentionYears) {
		if (retentionYears < 1) {
			throw new IllegalStateException("eenloket.socialcases.retention-years must be at least 1");
		}
		this.files = files;
		this.jdbc = jdbc;
		this.audit = audit;
		this.erasers = erasers.orderedStream().toList();
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.retentionYears = retentionYears;
	}

	public int retentionYears() {
		return retentionYears;
	}

	/** A closed file whose retention period ran out: no names, the file number and the closure only. */
	public record Awaiting(long id, String fileNumber, LocalDate closedOn, CaseFile.ClosureReason reason,
			LocalDate retainedUntil) {
	}

	/** Closed files past the retention period, not yet anonymised, the oldest first (at most {@link #BATCH}). */
	@Transactional(readOnly = true)
	public List<Awaiting> awaiting() {
		return jdbc.sql("""
				select id, file_number, closed_on, closure_reason from sc_case_file
				where status = 'CLOSED' and anonymised_on is null and closed_on <= :limit
				order by closed_on, id limit :batch""")
			.param("limit", lastClosingDay())
			.param("batch", BATCH)
			.query((rs, n) -> {
				var closedOn = rs.getObject("closed_on", LocalDate.class);
				return new Awaiting(rs.getLong("id"), rs.getString("file_number"), closedOn,
						CaseFile.ClosureReason.valueOf(rs.getString("closure_reason")), closedOn.plusYears(retentionYears));
			})
			.list();
	}

	/** How many files wait for the DPO's approval. */
	@Transactional(readOnly = true)
	public long awaitingCount() {
		return jdbc.sql("""
				select count(*) from sc_case_file
				where status = 'CLOSED' and anonymised_on is null and closed_on <= ?""")
			.param(lastClosingDay())
			.query(Long.class)
			.single();
	}

	/** A file closed on or before this day is past retention today. */
	private LocalDate lastClosingDay() {
		return LocalDate.now(clock).minusYears(retentionYears);
	}

	/** How a run went: files anonymised, and files skipped (no longer past retention, reopened or done already). */
	public record Result(int anonymised, int skipped) {
	}

	/**
	 * The DPO approves the anonymisation of {@code fileIds}: each file in its own transaction, re-checked there, so a
	 * failure leaves the others done and a file anonymised already is skipped (a second run does nothing).
	 */
	public Result run(Collection<Long> fileIds, boolean confirmed, Viewer dpo) {
		RuleViolation.require(dpo.roles().contains(Role.DPO), null, "retention.dpoOnly");
		RuleViolation.require(fileIds != null && !fileIds.isEmpty(), "files", "retention.files.required");
		RuleViolation.require(confirmed, "confirm", "retention.confirm.required");
		RuleViolation.require(fileIds.size() <= BATCH, "files", "retention.files.tooMany", BATCH);
		var distinct = new LinkedHashSet<>(fileIds);
		var anonymised = 0;
		for (var id : distinct) {
			if (id != null && anonymiseOne(id, dpo)) {
				anonymised++;
			}
		}
		var result = new Result(anonymised, distinct.size() - anonymised);
		transactions.executeWithoutResult(status -> audit.record(MODULE, "ANONYMISATION_RUN", "Retention",
				LocalDate.now(clock), "Anonimisering goedgekeurd: " + result.anonymised() + " dossiers geanonimiseerd, "
						+ result.skipped() + " overgeslagen (bewaartermijn " + retentionYears + " jaar)"));
		return result;
	}

	private boolean anonymiseOne(long id, Viewer dpo) {
		try {
			return Boolean.TRUE.equals(transactions.execute(status -> {
				var file = files.findForChange(id).orElse(null);
				if (file == null || !file.pastRetention(LocalDate.now(clock), retentionYears)) {
					return false;
				}
				erase(file, dpo);
				return true;
			}));
		}
		catch (RuleViolation | OptimisticLockingFailureException changedMeanwhile) {
			return false;
		}
	}

	/** The erasure of one file, in the order of the list above. */
	private void erase(CaseFile file, Viewer dpo) {
		var today = LocalDate.now(clock);
		var id = file.getId();
		// 1 and 2: members and reminders, through the aggregate
		file.anonymise(today, retentionYears, dpo.username());
		// 3: the requests' texts about the person; type, dates, decision, legal basis and amount stay
		jdbc.sql("""
				update sc_aid_request set forward_reasons_cipher = null, proposal_reasons_cipher = null,
				    hearing_outcome_cipher = null, hearing_place = null, erased = true
				where case_file_id = ?""").param(id).update();
		// 4: the intakes, which hold the person's data in clear
		jdbc.sql("""
				update sc_intake set first_name = null, last_name = null, birth_date = null,
				    national_register_number = null, phone = null, email = null, address = null, description = null,
				    nrn_cipher = null, phone_cipher = null, email_cipher = null, address_cipher = null,
				    description_cipher = null, anonymised_on = ?
				where id in (select intake_id from sc_aid_request where case_file_id = ?)""").params(today, id).update();
		// 5: break-the-glass reasons
		jdbc.sql("update sc_break_glass set reason_cipher = null where case_file_id = ?").param(id).update();
		// 6: access-log details that name an erased document or note
		jdbc.sql("update sc_access_log set detail = null where case_file_id = ? and what in ('DOCUMENT', 'NOTE')")
			.param(id).update();
		// 7: THE SPOT for the rest of the module: investigation notes, documents, ... as PersonalDataEraser beans
		for (var eraser : erasers) {
			eraser.eraseFor(id);
		}
		audit.record(MODULE, "ANONYMISED", "CaseFile", id, "Dossier " + file.getFileNumber()
				+ " geanonimiseerd na de bewaartermijn (afgesloten op " + file.getClosedOn() + ")");
	}

}

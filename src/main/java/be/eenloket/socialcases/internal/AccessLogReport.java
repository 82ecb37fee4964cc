package be.eenloket.socialcases.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DPO's view of the access log: who read file X, what did user Y read. Break-the-glass reads carry the reason the
 * social worker wrote (decrypted here, for the DPO only) and are flagged.
 */
@Service
public class AccessLogReport {

	public static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final SocialCrypto crypto;

	private final java.time.Clock clock;

	AccessLogReport(JdbcClient jdbc, SocialCrypto crypto, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.crypto = crypto;
		this.clock = clock;
	}

	/** One read. {@code reason} is set for a break-the-glass read. */
	public record Entry(long id, Instant readAt, String username, long caseFileId, String fileNumber, String what,
			String detail, String purpose, String reason) {

		public boolean brokeTheGlass() {
			return "BREAK_GLASS".equals(purpose);
		}

	}

	public record Page(List<Entry> entries, String fileNumber, String username, boolean onlyBreakGlass, int page,
			boolean hasNext) {
	}

	/** A page of reads, newest first, filtered by file number, user and/or break-the-glass. */
	@Transactional(readOnly = true)
	public Page search(String fileNumber, String username, boolean onlyBreakGlass, int page) {
		var safePage = Math.max(0, page);
		var entries = query(fileNumber, username, onlyBreakGlass, PAGE_SIZE + 1, (long) safePage * PAGE_SIZE);
		var hasNext = entries.size() > PAGE_SIZE;
		return new Page(List.copyOf(hasNext ? entries.subList(0, PAGE_SIZE) : entries), Texts.blankToNull(fileNumber),
				Texts.blankToNull(username), onlyBreakGlass, safePage, hasNext);
	}

	/** Every matching read, for the CSV export (capped at 100,000 rows). */
	@Transactional(readOnly = true)
	public List<Entry> export(String fileNumber, String username, boolean onlyBreakGlass) {
		return query(fileNumber, username, onlyBreakGlass, 100_000, 0);
	}

	private List<Entry> query(String fileNumber, String username, boolean onlyBreakGlass, int limit, long offset) {
		return jdbc.sql("""
				select l.id, l.read_at, l.username, l.case_file_id, f.file_number, l.what, l.detail, l.purpose,
				       (select b.reason_cipher from sc_break_glass b where b.case_file_id = l.case_file_id
				        and b.username = l.username and b.valid_on = (l.read_at at time zone cast(:zone as varchar))::date
				        limit 1) as reason
				from sc_access_log l left join sc_case_file f on f.id = l.case_file_id
				where (cast(:file as varchar) is null or f.file_number = cast(:file as varchar))
				  and (cast(:user as varchar) is null or l.username = cast(:user as varchar))
				  and (not :glass or l.purpose = 'BREAK_GLASS')
				order by l.read_at desc, l.id desc
				limit :limit offset :offset""")
			.param("file", Texts.blankToNull(fileNumber))
			.param("user", Texts.blankToNull(username))
			.param("glass", onlyBreakGlass)
			.param("zone", clock.getZone().getId())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> {
				var purpose = rs.getString("purpose");
				var reason = rs.getBytes("reason");
				return new Entry(rs.getLong("id"), rs.getObject("read_at", OffsetDateTime.class).toInstant(),
						rs.getString("username"), rs.getLong("case_file_id"), rs.getString("file_number"),
						rs.getString("what"), rs.getString("detail"), purpose,
						"BREAK_GLASS".equals(purpose) && reason != null
								? crypto.decrypt(reason, FileAccess.BREAK_GLASS_PURPOSE) : null);
			})
			.list();
	}

}

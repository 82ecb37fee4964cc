package be.eenloket.identity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail for the audit page: newest first, filtered, one page at a time. */
@Service
public class AuditEntries {

	/** One line of the audit trail. */
	public record AuditEntry(long id, Instant occurredAt, String actor, String module, String action, String recordType,
			String recordId, String summary) {
	}

	/** Filters of the audit page; blank or null fields do not filter. */
	public record AuditFilter(String actor, String module, String recordType, String recordId, LocalDate from,
			LocalDate to) {
	}

	public record AuditPage(List<AuditEntry> entries, int page, int size, boolean hasNext) {
	}

	private final JdbcClient jdbc;

	public AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public AuditPage find(AuditFilter filter, ZoneId zone, int page, int size) {
		var where = new ArrayList<String>();
		var sql = new StringBuilder(
				"select id, occurred_at, actor, module, action, record_type, record_id, summary from audit_entry");
		var params = new java.util.LinkedHashMap<String, Object>();
		if (hasText(filter.actor())) {
			where.add("actor = :actor");
			params.put("actor", filter.actor().trim().toLowerCase(java.util.Locale.ROOT));
		}
		if (hasText(filter.module())) {
			where.add("module = :module");
			params.put("module", filter.module().trim());
		}
		if (hasText(filter.recordType())) {
			where.add("record_type = :recordType");
			params.put("recordType", filter.recordType().trim());
		}
		if (hasText(filter.recordId())) {
			where.add("record_id = :recordId");
			params.put("recordId", filter.recordId().trim());
		}
		if (filter.from() != null) {
			where.add("occurred_at >= :from");
			params.put("from", filter.from().atStartOfDay(zone).toOffsetDateTime());
		}
		if (filter.to() != null) {
			where.add("occurred_at < :to");
			params.put("to", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
		}
		if (!where.isEmpty()) {
			sql.append(" where ").append(String.join(" and ", where));
		}
		sql.append(" order by occurred_at desc, id desc limit :limit offset :offset");
		params.put("limit", size + 1);
		params.put("offset", (long) page * size);
		var rows = jdbc.sql(sql.toString())
			.params(params)
			.query((rs, rowNum) -> new AuditEntry(rs.getLong("id"),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
					rs.getString("module"), rs.getString("action"), rs.getString("record_type"),
					rs.getString("record_id"), rs.getString("summary")))
			.list();
		var hasNext = rows.size() > size;
		return new AuditPage(hasNext ? rows.subList(0, size) : rows, page, size, hasNext);
	}

	@Transactional(readOnly = true)
	public List<String> modules() {
		return jdbc.sql("select distinct module from audit_entry order by module").query(String.class).list();
	}

	@Transactional(readOnly = true)
	public List<String> recordTypes() {
		return jdbc.sql("select distinct record_type from audit_entry order by record_type").query(String.class).list();
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}

package be.eenloket.identity.web;

import java.time.LocalDate;

import be.eenloket.identity.internal.AuditEntries.AuditFilter;
import org.springframework.format.annotation.DateTimeFormat;

/** The filter fields of the audit page, bound from the query string. */
public class AuditFilterForm {

	private String actor;

	private String module;

	private String recordType;

	private String recordId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private int page;

	AuditFilter toFilter() {
		return new AuditFilter(actor, module, recordType, recordId, from, to);
	}

	public String getActor() {
		return actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public String getModule() {
		return module;
	}

	public void setModule(String module) {
		this.module = module;
	}

	public String getRecordType() {
		return recordType;
	}

	public void setRecordType(String recordType) {
		this.recordType = recordType;
	}

	public String getRecordId() {
		return recordId;
	}

	public void setRecordId(String recordId) {
		this.recordId = recordId;
	}

	public LocalDate getFrom() {
		return from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public int getPage() {
		return page;
	}

	/** Lenient: the page number only comes from our own links, so a garbled one means the first page. */
	public void setPage(String page) {
		try {
			this.page = Math.max(0, Math.min(Integer.parseInt(page.trim()), 100_000));
		}
		catch (NumberFormatException | NullPointerException garbled) {
			this.page = 0;
		}
	}

}

package be.eenloket.directory.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;

import be.eenloket.kernel.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A day that differs from a service point's week: closed (a public holiday), or open at other hours. */
@Entity
@Table(name = "dir_exception")
class OpeningException implements Versions.Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate day;

	private boolean closed;

	private LocalTime opens;

	private LocalTime closes;

	private String reason;

	@Version
	private long version;

	protected OpeningException() {
	}

	/** Closed all day, or open from {@code opens} to a later {@code closes}: both are needed then. */
	OpeningException(LocalDate day, boolean closed, LocalTime opens, LocalTime closes, String reason) {
		if (!closed) {
			var violations = new ArrayList<RuleViolation>();
			if (opens == null) {
				violations.add(new RuleViolation("opens", "editor.time.required"));
			}
			if (closes == null) {
				violations.add(new RuleViolation("closes", "editor.time.required"));
			}
			if (opens != null && closes != null && !closes.isAfter(opens)) {
				violations.add(new RuleViolation("closes", "editor.time.order"));
			}
			RuleViolations.throwIfAny(violations);
		}
		this.day = day;
		this.closed = closed;
		this.opens = closed ? null : opens;
		this.closes = closed ? null : closes;
		this.reason = reason;
	}

	/** Whether the two take some of the same time: a closed day takes the whole day. */
	boolean overlaps(OpeningException other) {
		return day.equals(other.day) && start().isBefore(other.end()) && other.start().isBefore(end());
	}

	private LocalTime start() {
		return closed ? LocalTime.MIN : opens;
	}

	private LocalTime end() {
		return closed ? LocalTime.MAX : closes;
	}

	Long id() {
		return id;
	}

	LocalDate day() {
		return day;
	}

	String reason() {
		return reason;
	}

	@Override
	public long version() {
		return version;
	}

}

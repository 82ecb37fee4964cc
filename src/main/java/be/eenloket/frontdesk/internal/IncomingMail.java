package be.eenloket.frontdesk.internal;

import java.time.Instant;

import be.eenloket.kernel.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A registered letter as its unit handles it: the only change after registration is the take-over, which happens
 * once. The register's numbering and the read side stay in SQL ({@link MailRegister}); this maps just what the
 * take-over needs, so the entry's other columns are never written from here.
 */
@Entity
@Table(name = "fd_mail")
class IncomingMail {

	@Id
	private Long id;

	private String registerNumber;

	private long unitId;

	private String takenOverBy;

	private Instant takenOverAt;

	@Version
	private long version;

	protected IncomingMail() {
	}

	/** Marks the letter as taken over by {@code user}; refused when a colleague already took it over. */
	void takeOver(String user, Instant at) {
		RuleViolation.require(takenOverBy == null, null, "mail.alreadyTakenOver", registerNumber);
		this.takenOverBy = user;
		this.takenOverAt = at;
	}

	boolean takenOver() {
		return takenOverBy != null;
	}

	String registerNumber() {
		return registerNumber;
	}

	long unitId() {
		return unitId;
	}

	long version() {
		return version;
	}

}

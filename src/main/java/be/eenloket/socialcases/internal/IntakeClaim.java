package be.eenloket.socialcases.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The part of an intake ({@code sc_intake}) that changes in the inbox: who took it in charge and when. The front
 * desk's data and its encrypted columns stay out of this mapping: they are written once by {@link IntakeListener}
 * (and by the encryption and anonymisation jobs) in SQL, and read by {@link Intakes} in SQL, so Hibernate never
 * writes them. Taking in charge is guarded here; a concurrent claim between load and flush is caught by
 * {@code @Version}.
 */
@Entity
@Table(name = "sc_intake")
class IntakeClaim {

	@Id
	private Long id;

	@Column(insertable = false, updatable = false)
	private String registerNumber;

	@Enumerated(EnumType.STRING)
	private IntakeStatus status;

	private String assignedTo;

	private OffsetDateTime takenAt;

	@Version
	private long version;

	protected IntakeClaim() {
	}

	/**
	 * Assigns this intake to {@code socialWorker}. Only a new intake can be taken: one already in progress is not taken
	 * over silently. To the social worker that is the same as losing a race with a colleague, so it is reported like a
	 * stale version (the inbox shows "someone was first").
	 * @throws ObjectOptimisticLockingFailureException when the intake is no longer new
	 */
	void takeInCharge(String socialWorker, Instant at) {
		if (status != IntakeStatus.NEW) {
			throw new ObjectOptimisticLockingFailureException(IntakeClaim.class, id);
		}
		status = IntakeStatus.TAKEN;
		assignedTo = socialWorker;
		takenAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	/** Whether this is the version the user saw. */
	boolean isVersion(long seen) {
		return version == seen;
	}

	long id() {
		return id;
	}

	String registerNumber() {
		return registerNumber;
	}

	IntakeStatus status() {
		return status;
	}

	String assignedTo() {
		return assignedTo;
	}

}

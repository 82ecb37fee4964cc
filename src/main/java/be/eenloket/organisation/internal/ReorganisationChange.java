package be.eenloket.organisation.internal;

import java.time.OffsetDateTime;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

/**
 * The stored form of a {@link DraftChange}: one table for the six kinds, told apart by {@code kind}, so the rows
 * written before the kinds became types read as they are.
 */
@Entity
@Table(name = "org_reorganisation_change")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 12)
abstract class ReorganisationChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private OffsetDateTime createdAt;

	public long id() {
		return id == null ? 0 : id;
	}

	void recordedAt(OffsetDateTime now) {
		this.createdAt = now;
	}

	/** Gives a change that was never stored an id, so the rule tests can refer to it as the database would. */
	void identify(long newId) {
		this.id = newId;
	}

	DraftChange asDraftChange() {
		return (DraftChange) this;
	}

}

package be.eenloket.organisation.internal;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A unit's identity: its id and code, which never change and are never reused. What the unit is (name, type, parent,
 * legal entities, contact) lives in its {@link UnitPeriod}s, each with its own version.
 */
@Entity
@Table(name = "org_unit")
class OrganisationUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private OffsetDateTime createdAt;

	protected OrganisationUnit() {
	}

	OrganisationUnit(be.eenloket.organisation.UnitCode code, OffsetDateTime createdAt) {
		this.code = code.value();
		this.createdAt = createdAt;
	}

	long id() {
		return id;
	}

}

package be.eenloket.organisation.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import be.eenloket.organisation.UnitType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a unit is during a period {@code [validFrom, validTo)}. A dated change ends the period the day before and
 * starts a new one; a correction changes it in place. The database's exclusion constraint keeps a unit's periods
 * from overlapping.
 */
@Entity
@Table(name = "org_unit_period")
class UnitPeriod extends Versioned {

	private long unitId;

	private LocalDate validFrom;

	private LocalDate validTo;

	private String name;

	@Enumerated(EnumType.STRING)
	private UnitType type;

	private Long parentId;

	private String description;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "legal_entities")
	private List<String> legalEntities;

	private String contactEmail;

	private String contactPhone;

	private Long reorganisationId;

	private OffsetDateTime recordedAt;

	protected UnitPeriod() {
	}

	UnitPeriod(long unitId, LocalDate validFrom, LocalDate validTo, UnitValues values, Long reorganisationId,
			OffsetDateTime now) {
		this.unitId = unitId;
		this.validFrom = validFrom;
		this.validTo = validTo;
		record(values, reorganisationId, now);
	}

	/** The values of this period, as a correction or a change from its first day gives them. */
	void record(UnitValues values, Long reorganisation, OffsetDateTime now) {
		this.name = values.name().trim();
		this.type = values.type();
		this.parentId = values.parentId();
		this.description = values.description();
		this.legalEntities = List.copyOf(values.legalEntities());
		this.contactEmail = values.contactEmail();
		this.contactPhone = values.contactPhone();
		this.reorganisationId = reorganisation == null ? reorganisationId : reorganisation;
		this.recordedAt = now;
	}

	/** The period ends the day before {@code date}; a reorganisation that ends it is remembered. */
	void endBefore(LocalDate date, Long reorganisation) {
		this.validTo = date;
		if (reorganisation != null) {
			this.reorganisationId = reorganisation;
		}
	}

	LocalDate validFrom() {
		return validFrom;
	}

	LocalDate validTo() {
		return validTo;
	}

}

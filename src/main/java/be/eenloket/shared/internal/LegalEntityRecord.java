package be.eenloket.shared.internal;

import be.eenloket.shared.EnterpriseNumber;
import be.eenloket.shared.LegalEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The stored form of a {@link LegalEntity}. */
@Entity
@Table(name = "legal_entity")
public class LegalEntityRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String officialName;

	private String enterpriseNumber;

	private boolean active = true;

	@Version
	private long version;

	protected LegalEntityRecord() {
	}

	LegalEntityRecord(String code, String officialName, EnterpriseNumber enterpriseNumber) {
		this.code = code;
		this.officialName = officialName;
		this.enterpriseNumber = enterpriseNumber.digits();
	}

	void update(String officialName, EnterpriseNumber enterpriseNumber, boolean active) {
		this.officialName = officialName;
		this.enterpriseNumber = enterpriseNumber.digits();
		this.active = active;
	}

	LegalEntity toLegalEntity() {
		return new LegalEntity(id, code, officialName, new EnterpriseNumber(enterpriseNumber), active);
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getOfficialName() {
		return officialName;
	}

	public String getEnterpriseNumber() {
		return enterpriseNumber;
	}

	public boolean isActive() {
		return active;
	}

	public long getVersion() {
		return version;
	}

}

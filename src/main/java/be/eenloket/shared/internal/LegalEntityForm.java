package be.eenloket.shared.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The legal entity form. */
public class LegalEntityForm {

	@NotBlank(message = "{legalEntity.code.required}")
	@Pattern(regexp = "^$|^[A-Z][A-Z0-9]{1,11}$", message = "{legalEntity.code.format}")
	private String code;

	@NotBlank(message = "{legalEntity.officialName.required}")
	@Size(max = 200, message = "{legalEntity.officialName.size}")
	private String officialName;

	@NotBlank(message = "{legalEntity.enterpriseNumber.required}")
	private String enterpriseNumber;

	private boolean active = true;

	private Long version;

	static LegalEntityForm of(LegalEntityRecord entity) {
		var form = new LegalEntityForm();
		form.code = entity.getCode();
		form.officialName = entity.getOfficialName();
		form.enterpriseNumber = entity.toLegalEntity().enterpriseNumber().formatted();
		form.active = entity.isActive();
		form.version = entity.getVersion();
		return form;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code == null ? null : code.toUpperCase(java.util.Locale.ROOT);
	}

	public String getOfficialName() {
		return officialName;
	}

	public void setOfficialName(String officialName) {
		this.officialName = officialName;
	}

	public String getEnterpriseNumber() {
		return enterpriseNumber;
	}

	public void setEnterpriseNumber(String enterpriseNumber) {
		this.enterpriseNumber = enterpriseNumber;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}

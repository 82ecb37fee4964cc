package be.eenloket.organisation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import be.eenloket.organisation.UnitType;
import be.eenloket.organisation.internal.Snapshot;
import be.eenloket.organisation.internal.UnitValues;
import be.eenloket.shared.PlausibleDate;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The unit form: creating a unit, or changing one either from a date or as a correction. */
public class UnitForm {

	/** How an edit is recorded. */
	public enum Mode {

		/** The unit changes from a date on; what was true before stays in the history. */
		CHANGE,
		/** A mistake is fixed: the period is corrected as if it had always been so. */
		CORRECTION

	}

	interface Creating {
	}

	@NotBlank(message = "{unit.code.required}", groups = Creating.class)
	@Pattern(regexp = "^$|" + be.eenloket.organisation.UnitCode.PATTERN, message = "{unit.code.format}", groups = Creating.class)
	private String code;

	@NotBlank(message = "{unit.name.required}")
	@Size(max = 150, message = "{unit.name.size}")
	private String name;

	@NotNull(message = "{unit.type.required}")
	private UnitType type;

	private Long parentId;

	@NotEmpty(message = "{unit.legalEntities.required}")
	private List<String> legalEntities = new ArrayList<>();

	@Size(max = 2000, message = "{unit.description.size}")
	private String description;

	@Email(message = "{unit.contactEmail.format}")
	@Size(max = 200, message = "{unit.contactEmail.format}")
	private String contactEmail;

	@Size(max = 40, message = "{unit.contactPhone.size}")
	private String contactPhone;

	private Mode mode = Mode.CHANGE;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@PlausibleDate(from = "-P50Y", to = "P5Y")
	private LocalDate effectiveDate;

	private Long periodId;

	private Long periodVersion;

	static UnitForm of(Snapshot.Unit unit) {
		var form = new UnitForm();
		form.code = unit.code();
		form.name = unit.name();
		form.type = unit.type();
		form.parentId = unit.parentId();
		form.legalEntities = new ArrayList<>(unit.legalEntities());
		form.description = unit.description();
		form.contactEmail = unit.contactEmail();
		form.contactPhone = unit.contactPhone();
		form.periodId = unit.periodId();
		form.periodVersion = unit.periodVersion();
		return form;
	}

	UnitValues values() {
		return new UnitValues(name, type, parentId, legalEntities, description, contactEmail, contactPhone);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code == null ? null : code.toUpperCase(java.util.Locale.ROOT);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public UnitType getType() {
		return type;
	}

	public void setType(UnitType type) {
		this.type = type;
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public List<String> getLegalEntities() {
		return legalEntities;
	}

	public void setLegalEntities(List<String> legalEntities) {
		this.legalEntities = legalEntities == null ? new ArrayList<>() : legalEntities;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public Mode getMode() {
		return mode;
	}

	public void setMode(Mode mode) {
		this.mode = mode;
	}

	public LocalDate getEffectiveDate() {
		return effectiveDate;
	}

	public void setEffectiveDate(LocalDate effectiveDate) {
		this.effectiveDate = effectiveDate;
	}

	public Long getPeriodId() {
		return periodId;
	}

	public void setPeriodId(Long periodId) {
		this.periodId = periodId;
	}

	public Long getPeriodVersion() {
		return periodVersion;
	}

	public void setPeriodVersion(Long periodVersion) {
		this.periodVersion = periodVersion;
	}

}

package be.eenloket.directory.web.editor;

import be.eenloket.directory.internal.ServicePoints.ServicePointValues;
import be.eenloket.directory.internal.DirectoryData;
import java.time.LocalDate;
import java.time.LocalTime;

import be.eenloket.shared.PlausibleDate;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import static java.util.Objects.requireNonNullElse;

/** A service point as the editor fills it in. */
public class ServicePointForm {

	@NotBlank(message = "{editor.name.required}")
	@Size(max = 150, message = "{editor.name.size}")
	private String name;

	@NotNull(message = "{editor.unit.required}")
	private Long unitId;

	@Size(max = 2000, message = "{editor.description.size}")
	private String description;

	@Size(max = 40, message = "{editor.phone.size}")
	private String phone;

	@Email(message = "{editor.email.format}")
	@Size(max = 200, message = "{editor.email.format}")
	private String email;

	@Pattern(regexp = "^$|^https?://\\S+$", message = "{editor.website.format}")
	@Size(max = 300, message = "{editor.website.format}")
	private String website;

	private boolean byAppointment;

	@Size(max = 1000, message = "{editor.keywords.size}")
	private String keywords;

	@Size(max = 1000, message = "{editor.keywords.size}")
	private String keywordsEn;

	@NotNull(groups = New.class, message = "{editor.floor.required}")
	private Long floorId;

	private Long roomId;

	@NotNull(groups = New.class, message = "{editor.date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@PlausibleDate(from = "-P50Y", to = "P5Y")
	private LocalDate validFrom;

	private Long version;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public boolean isByAppointment() {
		return byAppointment;
	}

	public void setByAppointment(boolean byAppointment) {
		this.byAppointment = byAppointment;
	}

	public String getKeywords() {
		return keywords;
	}

	public void setKeywords(String keywords) {
		this.keywords = keywords;
	}

	public Long getFloorId() {
		return floorId;
	}

	public void setFloorId(Long floorId) {
		this.floorId = floorId;
	}

	public Long getRoomId() {
		return roomId;
	}

	public void setRoomId(Long roomId) {
		this.roomId = roomId;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
	public String getKeywordsEn() {
		return keywordsEn;
	}

	public void setKeywordsEn(String keywordsEn) {
		this.keywordsEn = keywordsEn;
	}


	/** Validation group of the fields only a new service point has: its first place and the date it opens there. */
	interface New {
	}

	static ServicePointForm of(DirectoryData.ServicePoint point) {
		var form = new ServicePointForm();
		form.setName(point.name());
		form.setUnitId(point.unitId());
		form.setDescription(point.description());
		form.setPhone(point.phone());
		form.setEmail(point.email());
		form.setWebsite(point.website());
		form.setByAppointment(point.byAppointment());
		form.setKeywords(point.keywords());
		form.setKeywordsEn(point.keywordsEn());
		form.setVersion(point.version());
		return form;
	}

	ServicePointValues values(String slug) {
		return new ServicePointValues(slug, name, unitId, description, phone, email, website, byAppointment,
				requireNonNullElse(keywords, ""), requireNonNullElse(keywordsEn, ""));
	}

}

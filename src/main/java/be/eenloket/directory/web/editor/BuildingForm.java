package be.eenloket.directory.web.editor;

import be.eenloket.directory.internal.Buildings.BuildingValues;
import be.eenloket.directory.internal.DirectoryData;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A building as the editor fills it in. */
public class BuildingForm {

	@NotBlank(message = "{editor.name.required}")
	@Size(max = 150, message = "{editor.name.size}")
	private String name;

	@NotBlank(message = "{editor.street.required}")
	@Size(max = 150, message = "{editor.street.required}")
	private String street;

	@NotBlank(message = "{editor.houseNumber.required}")
	@Size(max = 20, message = "{editor.houseNumber.required}")
	private String houseNumber;

	@NotBlank(message = "{editor.postalCode.format}")
	@Pattern(regexp = "^$|^[1-9][0-9]{3}$", message = "{editor.postalCode.format}")
	private String postalCode;

	@NotBlank(message = "{editor.city.required}")
	@Size(max = 100, message = "{editor.city.required}")
	private String city;

	@Size(max = 1000, message = "{editor.description.size}")
	private String entranceNotes;

	private boolean stepFreeAccess;

	private boolean lift;

	private boolean disabledParking;

	@Size(max = 1000, message = "{editor.description.size}")
	private String accessibilityNotes;

	private Long version;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getStreet() {
		return street;
	}

	public void setStreet(String street) {
		this.street = street;
	}

	public String getHouseNumber() {
		return houseNumber;
	}

	public void setHouseNumber(String houseNumber) {
		this.houseNumber = houseNumber;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getEntranceNotes() {
		return entranceNotes;
	}

	public void setEntranceNotes(String entranceNotes) {
		this.entranceNotes = entranceNotes;
	}

	public boolean isStepFreeAccess() {
		return stepFreeAccess;
	}

	public void setStepFreeAccess(boolean stepFreeAccess) {
		this.stepFreeAccess = stepFreeAccess;
	}

	public boolean isLift() {
		return lift;
	}

	public void setLift(boolean lift) {
		this.lift = lift;
	}

	public boolean isDisabledParking() {
		return disabledParking;
	}

	public void setDisabledParking(boolean disabledParking) {
		this.disabledParking = disabledParking;
	}

	public String getAccessibilityNotes() {
		return accessibilityNotes;
	}

	public void setAccessibilityNotes(String accessibilityNotes) {
		this.accessibilityNotes = accessibilityNotes;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	static BuildingForm of(DirectoryData.Building building) {
		var form = new BuildingForm();
		form.setName(building.name());
		form.setStreet(building.street());
		form.setHouseNumber(building.houseNumber());
		form.setPostalCode(building.postalCode());
		form.setCity(building.city());
		form.setEntranceNotes(building.entranceNotes());
		form.setStepFreeAccess(building.stepFreeAccess());
		form.setLift(building.lift());
		form.setDisabledParking(building.disabledParking());
		form.setAccessibilityNotes(building.accessibilityNotes());
		form.setVersion(building.version());
		return form;
	}

	BuildingValues values(String slug) {
		return new BuildingValues(slug, name, street, houseNumber, postalCode, city, entranceNotes, stepFreeAccess, lift,
				disabledParking, accessibilityNotes);
	}

}

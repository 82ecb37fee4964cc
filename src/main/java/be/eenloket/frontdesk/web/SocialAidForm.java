package be.eenloket.frontdesk.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import be.eenloket.frontdesk.SocialAidRequestType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** What reception enters when a person asks the OCMW for help. */
public class SocialAidForm {

	@NotBlank(message = "{socialAid.firstName.required}")
	@Size(max = 80, message = "{socialAid.firstName.tooLong}")
	private String firstName;

	@NotBlank(message = "{socialAid.lastName.required}")
	@Size(max = 80, message = "{socialAid.lastName.tooLong}")
	private String lastName;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	@Size(max = 20, message = "{socialAid.nrn.invalid}")
	private String nationalRegisterNumber;

	@Size(max = 40, message = "{socialAid.phone.tooLong}")
	@Pattern(regexp = "^$|^[0-9 +()./-]{6,40}$", message = "{socialAid.phone.invalid}")
	private String phone;

	@Size(max = 200, message = "{socialAid.email.invalid}")
	@Email(message = "{socialAid.email.invalid}")
	private String email;

	@Size(max = 300, message = "{socialAid.address.tooLong}")
	private String address;

	@NotBlank(message = "{socialAid.language.required}")
	@Pattern(regexp = "nl|fr|en|de|ar|tr|other", message = "{socialAid.language.required}")
	private String language = "nl";

	@NotNull(message = "{socialAid.type.required}")
	private SocialAidRequestType type;

	@Size(max = 500, message = "{socialAid.description.tooLong}")
	private String description;

	@NotNull(message = "{socialAid.requestDate.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate requestDate;

	@NotNull(message = "{socialAid.requestTime.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime requestTime;

	private UUID formToken;

	public String getFirstName() {
		return firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getLastName() {
		return lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public String getNationalRegisterNumber() {
		return nationalRegisterNumber;
	}

	public void setNationalRegisterNumber(String nationalRegisterNumber) {
		this.nationalRegisterNumber = nationalRegisterNumber;
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

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public SocialAidRequestType getType() {
		return type;
	}

	public void setType(SocialAidRequestType type) {
		this.type = type;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LocalDate getRequestDate() {
		return requestDate;
	}

	public void setRequestDate(LocalDate requestDate) {
		this.requestDate = requestDate;
	}

	public LocalTime getRequestTime() {
		return requestTime;
	}

	public void setRequestTime(LocalTime requestTime) {
		this.requestTime = requestTime;
	}

	public UUID getFormToken() {
		return formToken;
	}

	public void setFormToken(UUID formToken) {
		this.formToken = formToken;
	}

}

package be.eenloket.directory.web.editor;

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

/** The weekly hours from a date on, one text per day (Monday first). */
public class HoursForm {

	@NotNull(message = "{editor.date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@PlausibleDate(from = "-P1Y", to = "P5Y")
	private LocalDate validFrom;

	private java.util.List<String> days = new java.util.ArrayList<>();

	/** The service point's version when the form was opened: hours are part of the service point. */
	private Long version;

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public java.util.List<String> getDays() {
		return days;
	}

	public void setDays(java.util.List<String> days) {
		this.days = days;
	}
}

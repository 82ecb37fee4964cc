package be.eenloket.directory.web.editor;

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

/** The weekly hours from a date on, one text per day (Monday first). */
public class HoursForm {

	@NotNull(message = "{editor.date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	private java.util.List<String> days = new java.util.ArrayList<>();

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

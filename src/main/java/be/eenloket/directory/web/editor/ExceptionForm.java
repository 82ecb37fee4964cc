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

/** A day with other hours: a holiday, a closure or an extra opening. */
public class ExceptionForm {

	@NotNull(message = "{editor.date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@PlausibleDate(from = "-P1Y", to = "P5Y")
	private LocalDate day;

	private boolean closed;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime opens;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime closes;

	@NotBlank(message = "{editor.reason.required}")
	@Size(max = 200, message = "{editor.reason.size}")
	private String reason;

	public LocalDate getDay() {
		return day;
	}

	public void setDay(LocalDate day) {
		this.day = day;
	}

	public boolean isClosed() {
		return closed;
	}

	public void setClosed(boolean closed) {
		this.closed = closed;
	}

	public LocalTime getOpens() {
		return opens;
	}

	public void setOpens(LocalTime opens) {
		this.opens = opens;
	}

	public LocalTime getCloses() {
		return closes;
	}

	public void setCloses(LocalTime closes) {
		this.closes = closes;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}

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

/** A planned move of a service point. */
public class RelocationForm {

	@NotNull(message = "{editor.floor.required}")
	private Long floorId;

	private Long roomId;

	@NotNull(message = "{editor.date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@PlausibleDate(from = "-P1Y", to = "P5Y")
	private LocalDate date;

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

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}
}

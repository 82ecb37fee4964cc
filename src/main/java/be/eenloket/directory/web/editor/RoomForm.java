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

/** A room on a floor: new, or as the editor renames it. */
public class RoomForm {

	@NotBlank(message = "{editor.name.required}")
	@Size(max = 100, message = "{editor.name.size}")
	private String name;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}
	private Long version;

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}


	static RoomForm of(be.eenloket.directory.internal.DirectoryData.Room room) {
		var form = new RoomForm();
		form.setName(room.name());
		form.setVersion(room.version());
		return form;
	}

}

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

/** A floor: new, or as the editor changes it. */
public class FloorForm {

	@NotNull(message = "{editor.level.required}")
	@Min(value = -5, message = "{editor.level.range}")
	@Max(value = 40, message = "{editor.level.range}")
	private Integer level;

	@NotBlank(message = "{editor.floorName.required}")
	@Size(max = 60, message = "{editor.floorName.required}")
	private String displayName;

	public Integer getLevel() {
		return level;
	}

	public void setLevel(Integer level) {
		this.level = level;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}
	private Long version;

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}


	static FloorForm of(be.eenloket.directory.internal.DirectoryData.Floor floor) {
		var form = new FloorForm();
		form.setLevel(floor.level());
		form.setDisplayName(floor.displayName());
		form.setVersion(floor.version());
		return form;
	}

}

package be.eenloket.directory.web.editor;

import be.eenloket.directory.internal.Tasks.TaskValues;
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

import static java.util.Objects.requireNonNullElse;

/** A citizen task as the editor fills it in. */
public class TaskForm {

	@NotBlank(message = "{editor.name.required}")
	@Size(max = 150, message = "{editor.name.size}")
	private String name;

	@NotBlank(message = "{editor.description.required}")
	@Size(max = 3000, message = "{editor.description.size}")
	private String description;

	@Size(max = 2000, message = "{editor.description.size}")
	private String whatToBring;

	@Size(max = 300, message = "{editor.cost.size}")
	private String cost;

	private boolean appointmentNeeded;

	@Size(max = 1000, message = "{editor.keywords.size}")
	private String keywords;

	@Size(max = 1000, message = "{editor.keywords.size}")
	private String keywordsEn;

	@NotEmpty(message = "{editor.task.servicePoints.required}")
	private java.util.List<Long> servicePointIds = new java.util.ArrayList<>();

	private Long version;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getWhatToBring() {
		return whatToBring;
	}

	public void setWhatToBring(String whatToBring) {
		this.whatToBring = whatToBring;
	}

	public String getCost() {
		return cost;
	}

	public void setCost(String cost) {
		this.cost = cost;
	}

	public boolean isAppointmentNeeded() {
		return appointmentNeeded;
	}

	public void setAppointmentNeeded(boolean appointmentNeeded) {
		this.appointmentNeeded = appointmentNeeded;
	}

	public String getKeywords() {
		return keywords;
	}

	public void setKeywords(String keywords) {
		this.keywords = keywords;
	}

	public java.util.List<Long> getServicePointIds() {
		return servicePointIds;
	}

	public void setServicePointIds(java.util.List<Long> servicePointIds) {
		this.servicePointIds = servicePointIds;
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


	static TaskForm of(DirectoryData.Task task) {
		var form = new TaskForm();
		form.setName(task.name());
		form.setDescription(task.description());
		form.setWhatToBring(task.whatToBring());
		form.setCost(task.cost());
		form.setAppointmentNeeded(task.appointmentNeeded());
		form.setKeywords(task.keywords());
		form.setKeywordsEn(task.keywordsEn());
		form.setServicePointIds(new java.util.ArrayList<>(task.servicePointIds()));
		form.setVersion(task.version());
		return form;
	}

	TaskValues values(String slug) {
		// the catalogue stores an absent text as empty
		return new TaskValues(slug, name, description, requireNonNullElse(whatToBring, ""), requireNonNullElse(cost, ""),
				appointmentNeeded, requireNonNullElse(keywords, ""), requireNonNullElse(keywordsEn, ""), 0);
	}

}

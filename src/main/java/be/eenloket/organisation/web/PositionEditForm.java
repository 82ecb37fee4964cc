package be.eenloket.organisation.web;

import be.eenloket.organisation.internal.StaffManagement;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A correction of a position's title and grade. */
public class PositionEditForm {

	@NotBlank(message = "{position.title.required}")
	@Size(max = 150, message = "{position.title.size}")
	private String title;

	@Pattern(regexp = "^$|" + StaffManagement.GRADE_PATTERN, message = "{position.grade.format}")
	private String grade;

	private Long version;

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getGrade() {
		return grade;
	}

	public void setGrade(String grade) {
		this.grade = grade;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}

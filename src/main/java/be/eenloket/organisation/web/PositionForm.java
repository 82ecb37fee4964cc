package be.eenloket.organisation.web;

import java.time.LocalDate;

import be.eenloket.organisation.PositionKind;
import be.eenloket.organisation.internal.StaffManagement;
import be.eenloket.shared.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A new function in a unit. */
public class PositionForm {

	@NotNull(message = "{position.kind.required}")
	private PositionKind kind = PositionKind.STAFF;

	@NotBlank(message = "{position.title.required}")
	@Size(max = 150, message = "{position.title.size}")
	private String title;

	@Pattern(regexp = "^$|" + StaffManagement.GRADE_PATTERN, message = "{position.grade.format}")
	private String grade;

	@NotNull(message = "{position.validFrom.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@PlausibleDate(from = "-P50Y", to = "P5Y")
	private LocalDate validFrom;

	public PositionKind getKind() {
		return kind;
	}

	public void setKind(PositionKind kind) {
		this.kind = kind;
	}

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

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

}

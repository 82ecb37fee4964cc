package be.eenloket.organisation.internal;

import java.time.LocalDate;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.organisation.PositionKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A position in a unit from a date: its kind (head, deputy, staff), title and grade. A renamed function from a date
 * on is a new position; a correction changes the title and grade as if they had always been so.
 */
@Entity
@Table(name = "org_position")
class Position extends Versioned {

	private long unitId;

	@Enumerated(EnumType.STRING)
	private PositionKind kind;

	private String title;

	private String grade;

	private LocalDate validFrom;

	private LocalDate validTo;

	protected Position() {
	}

	Position(long unitId, PositionKind kind, String title, String grade, LocalDate validFrom) {
		this.unitId = unitId;
		this.kind = kind;
		this.validFrom = validFrom;
		correct(title, grade);
	}

	/** Title and grade as if they had always been so. */
	void correct(String newTitle, String newGrade) {
		RuleViolation.require(newTitle != null && !newTitle.isBlank(), "title", "position.title.required");
		RuleViolation.require(newGrade == null || newGrade.matches(StaffManagement.GRADE_PATTERN), "grade",
				"position.grade.format");
		this.title = newTitle.trim();
		this.grade = newGrade;
	}

	/** From {@code date} on the unit no longer has this position. */
	void end(LocalDate date) {
		RuleViolation.require(date.isAfter(validFrom), "date", "period.endBeforeStart");
		this.validTo = date;
	}

	/** Whether the position still exists on {@code date}. */
	boolean runsPast(LocalDate date) {
		return validTo == null || validTo.isAfter(date);
	}

	LocalDate validFrom() {
		return validFrom;
	}

	StaffManagement.PositionView view() {
		return new StaffManagement.PositionView(id(), unitId, kind, title, grade, validFrom, validTo, version());
	}

	long unitId() {
		return unitId;
	}

	PositionKind kind() {
		return kind;
	}

	String title() {
		return title;
	}

}

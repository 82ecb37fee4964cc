package be.eenloket.organisation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import be.eenloket.organisation.UnitType;
import be.eenloket.organisation.internal.ChangeEntities;
import be.eenloket.organisation.internal.ChangeKind;
import be.eenloket.organisation.internal.CloseUnit;
import be.eenloket.organisation.internal.CreateUnit;
import be.eenloket.organisation.internal.DraftChange;
import be.eenloket.organisation.internal.MoveStaff;
import be.eenloket.organisation.internal.MoveUnit;
import be.eenloket.organisation.internal.RenameUnit;
import be.eenloket.shared.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** Form objects of the reorganisation pages. */
final class ReorganisationForms {

	private ReorganisationForms() {
	}

	/** A new draft. */
	public static class DraftForm {

		@NotBlank(message = "{reorganisation.name.required}")
		@Size(max = 200, message = "{reorganisation.name.size}")
		private String name;

		@NotNull(message = "{reorganisation.effectiveDate.required}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		@PlausibleDate(from = "-P1Y", to = "P5Y")
		private LocalDate effectiveDate;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public LocalDate getEffectiveDate() {
			return effectiveDate;
		}

		public void setEffectiveDate(LocalDate effectiveDate) {
			this.effectiveDate = effectiveDate;
		}

	}

	/** One change in a draft; which fields count depends on the kind. */
	public static class ChangeForm {

		private Long unitId;

		private Long newParentId;

		@Size(max = 150, message = "{unit.name.size}")
		private String newName;

		@jakarta.validation.constraints.Pattern(regexp = "^$|" + be.eenloket.organisation.UnitCode.PATTERN, message = "{unit.code.format}")
		private String newCode;

		private UnitType newType;

		private List<String> newLegalEntities = new ArrayList<>();

		private Long assignmentId;

		private Long targetPositionId;

		@Size(max = 150, message = "{position.title.size}")
		private String newHeadTitle;

		private String newHeadGrade;

		/** The change of this kind the form describes; the change checks itself when it is added to the draft. */
		DraftChange toChange(ChangeKind kind) {
			return switch (kind) {
				case MOVE -> new MoveUnit(unitId, newParentId);
				case RENAME -> new RenameUnit(unitId, newName);
				case CREATE -> new CreateUnit(newCode, newName, newType, newParentId, newLegalEntities, newHeadTitle,
						newHeadGrade);
				case CLOSE -> new CloseUnit(unitId);
				case ENTITIES -> new ChangeEntities(unitId, newLegalEntities);
				case MOVE_STAFF -> new MoveStaff(assignmentId, targetPositionId);
			};
		}

		public String getNewHeadTitle() {
			return newHeadTitle;
		}

		public void setNewHeadTitle(String newHeadTitle) {
			this.newHeadTitle = newHeadTitle;
		}

		public String getNewHeadGrade() {
			return newHeadGrade;
		}

		public void setNewHeadGrade(String newHeadGrade) {
			this.newHeadGrade = newHeadGrade;
		}

		public Long getAssignmentId() {
			return assignmentId;
		}

		public void setAssignmentId(Long assignmentId) {
			this.assignmentId = assignmentId;
		}

		public Long getTargetPositionId() {
			return targetPositionId;
		}

		public void setTargetPositionId(Long targetPositionId) {
			this.targetPositionId = targetPositionId;
		}

		public Long getUnitId() {
			return unitId;
		}

		public void setUnitId(Long unitId) {
			this.unitId = unitId;
		}

		public Long getNewParentId() {
			return newParentId;
		}

		public void setNewParentId(Long newParentId) {
			this.newParentId = newParentId;
		}

		public String getNewName() {
			return newName;
		}

		public void setNewName(String newName) {
			this.newName = newName;
		}

		public String getNewCode() {
			return newCode;
		}

		public void setNewCode(String newCode) {
			this.newCode = newCode == null ? null : newCode.toUpperCase(java.util.Locale.ROOT);
		}

		public UnitType getNewType() {
			return newType;
		}

		public void setNewType(UnitType newType) {
			this.newType = newType;
		}

		public List<String> getNewLegalEntities() {
			return newLegalEntities;
		}

		public void setNewLegalEntities(List<String> newLegalEntities) {
			this.newLegalEntities = newLegalEntities == null ? new ArrayList<>() : newLegalEntities;
		}

	}

	/** The algemeen directeur's approval with the council decision. */
	public static class ApprovalForm {

		@PlausibleDate(from = "-P5Y", to = "P0D")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate councilDecisionDate;

		private String councilDecisionNumber;

		private long version;

		public LocalDate getCouncilDecisionDate() {
			return councilDecisionDate;
		}

		public void setCouncilDecisionDate(LocalDate councilDecisionDate) {
			this.councilDecisionDate = councilDecisionDate;
		}

		public String getCouncilDecisionNumber() {
			return councilDecisionNumber;
		}

		public void setCouncilDecisionNumber(String councilDecisionNumber) {
			this.councilDecisionNumber = councilDecisionNumber;
		}

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

}

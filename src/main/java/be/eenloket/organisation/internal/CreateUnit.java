package be.eenloket.organisation.internal;

import java.util.List;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.organisation.PositionKind;
import be.eenloket.organisation.UnitCode;
import be.eenloket.organisation.UnitType;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Transient;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A new unit from the effective date, under an existing unit or one the draft creates, optionally with its head
 * position (so a staff move in the same draft can fill it). After approval it remembers what it made.
 */
@Entity
@DiscriminatorValue("CREATE")
public final class CreateUnit extends ReorganisationChange implements DraftChange {

	private String newCode;

	private String newName;

	@Enumerated(EnumType.STRING)
	private UnitType newType;

	@Embedded
	private NewParent parent;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "new_legal_entities")
	private List<String> newLegalEntities;

	private String newHeadTitle;

	private String newHeadGrade;

	private Long createdUnitId;

	private Long createdPositionId;

	@Transient
	private Long chosenParent;

	protected CreateUnit() {
	}

	/** A head title may be left blank (no head position yet); the grade counts only with a title. */
	public CreateUnit(String code, String name, UnitType type, Long parentKey, List<String> legalEntities,
			String headTitle, String headGrade) {
		this.newCode = code;
		this.newName = name;
		this.newType = type;
		this.chosenParent = parentKey;
		this.newLegalEntities = legalEntities == null ? List.of() : List.copyOf(legalEntities);
		this.newHeadTitle = headTitle;
		this.newHeadGrade = newHeadTitle == null ? null : headGrade;
	}

	@Override
	public ChangeKind kind() {
		return ChangeKind.CREATE;
	}

	@Override
	public int phase() {
		return 0;
	}

	public String newCode() {
		return newCode;
	}

	public String newName() {
		return newName;
	}

	public UnitType newType() {
		return newType;
	}

	public List<String> newLegalEntities() {
		return newLegalEntities;
	}

	public String newHeadTitle() {
		return newHeadTitle;
	}

	public String newHeadGrade() {
		return newHeadGrade;
	}

	public NewParent parent() {
		return parent == null ? new NewParent() : parent;
	}

	/** The unit approval made; {@code null} before. */
	public Long createdUnitId() {
		return createdUnitId;
	}

	/** The key under which the preview and the forms know the new unit and its head position. */
	public long key() {
		return DraftChange.createdUnitKey(id());
	}

	@Override
	public void prepare(DraftWorld world, List<DraftChange> draft) {
		parent = NewParent.chosen(chosenParent, world, draft);
		RuleViolation.require(UnitCode.isValid(newCode), "newCode", "unit.code.format");
		RuleViolation.require(newName != null && !newName.isBlank(), "newName", "unit.name.required");
		RuleViolation.require(newType != null, "newType", "unit.type.required");
		RuleViolation.require(!newLegalEntities.isEmpty(), "newLegalEntities", "unit.legalEntities.required");
		RuleViolation.require(newHeadGrade == null || newHeadGrade.matches(StaffManagement.GRADE_PATTERN),
				"newHeadGrade", "position.grade.format");
		var takenInDraft = draft.stream()
			.anyMatch(change -> change instanceof CreateUnit other && newCode.equals(other.newCode));
		RuleViolation.require(!world.codeTaken(newCode) && !takenInDraft, "newCode", "unit.code.taken", newCode);
	}

	@Override
	public void applyTo(PreviewBuilder preview) {
		var date = preview.current().date();
		preview.units.put(key(), new Snapshot.Unit(key(), newCode, newName, newType, parent().key(), newLegalEntities,
				null, null, null, -1, -1, date, null));
		if (newHeadTitle != null) {
			preview.positions.put(key(),
					new Snapshot.Position(key(), key(), PositionKind.HEAD, newHeadTitle, newHeadGrade, date, null, -1));
		}
	}

	@Override
	public void findConflicts(DraftWorld world, List<PreviewProblem> conflicts, List<PreviewProblem> problems) {
		parent().findConflicts(world, conflicts);
		if (world.codeTaken(newCode)) {
			conflicts.add(PreviewProblem.of("reorganisation.conflict.codeTaken", newCode));
		}
	}

	@Override
	public boolean dependsOn(long changeId) {
		return Long.valueOf(changeId).equals(parent().createdBy());
	}

	/** Approval made the unit (and its head position, when the draft named one). */
	void created(long unitId, Long headPositionId) {
		this.createdUnitId = unitId;
		this.createdPositionId = headPositionId;
	}

}

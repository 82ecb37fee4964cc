package be.eenloket.organisation.internal;

import java.util.List;

import be.eenloket.kernel.RuleViolation;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Transient;

/**
 * On the effective date an assignment ends and its person holds the target position, with the same FTE and the
 * same end (if any). The target is an existing position or the head position of a unit the draft creates. The
 * assignment's version is remembered, so a later change to it shows as a conflict before approval.
 */
@Entity
@DiscriminatorValue("MOVE_STAFF")
public final class MoveStaff extends ReorganisationChange implements DraftChange {

	private Long assignmentId;

	private Long targetPositionId;

	private Long targetChangeId;

	private Long basedOnAssignmentVersion;

	@Transient
	private Long chosenTarget;

	protected MoveStaff() {
	}

	/** {@code targetKey}: an existing position's id or a {@link DraftChange#createdUnitKey} (its head position). */
	public MoveStaff(Long assignmentId, Long targetKey) {
		this.assignmentId = assignmentId;
		this.chosenTarget = targetKey;
	}

	@Override
	public ChangeKind kind() {
		return ChangeKind.MOVE_STAFF;
	}

	@Override
	public int phase() {
		return 2;
	}

	public Long assignmentId() {
		return assignmentId;
	}

	/** The existing target position; {@code null} when the target is a head position the draft creates. */
	public Long targetPositionId() {
		return targetPositionId;
	}

	/** The CREATE change whose head position is the target; {@code null} for an existing position. */
	public Long targetChangeId() {
		return targetChangeId;
	}

	public Long basedOnAssignmentVersion() {
		return basedOnAssignmentVersion;
	}

	/** The target as the preview's organogram knows it. */
	public Long targetKey() {
		return targetPositionId != null ? targetPositionId
				: targetChangeId == null ? null : DraftChange.createdUnitKey(targetChangeId);
	}

	@Override
	public void prepare(DraftWorld world, List<DraftChange> draft) {
		var date = world.effectiveDate();
		RuleViolation.require(assignmentId != null, "assignmentId", "reorganisation.change.assignment.required");
		var assignment = world.assignment(assignmentId)
			.filter(found -> found.period().covers(date))
			.orElseThrow(() -> new RuleViolation("assignmentId", "reorganisation.change.assignment.notOnDate", date));
		RuleViolation.require(!assignment.period().from().equals(date), "assignmentId",
				"reorganisation.change.assignment.startsOnDate");
		RuleViolation.require(chosenTarget != null, "targetPositionId", "reorganisation.change.target.required");
		if (chosenTarget < 0) {
			var creation = draft.stream()
				.filter(change -> change instanceof CreateUnit create && create.newHeadTitle() != null
						&& create.key() == chosenTarget)
				.findFirst()
				.orElseThrow(() -> new RuleViolation("targetPositionId", "reorganisation.change.target.unknown"));
			targetChangeId = creation.id();
		}
		else {
			var snapshot = world.onEffectiveDate();
			var target = snapshot.positions().get(chosenTarget);
			RuleViolation.require(target != null && snapshot.unit(target.unitId()).isPresent(), "targetPositionId",
					"assignment.position.notOnDate", date);
			RuleViolation.require(target.id() != assignment.positionId(), "targetPositionId",
					"reorganisation.change.target.same");
			targetPositionId = chosenTarget;
		}
		basedOnAssignmentVersion = assignment.version();
	}

	@Override
	public void applyTo(PreviewBuilder preview) {
		var current = preview.current();
		var moving = preview.assignments.stream().filter(assignment -> assignment.id() == assignmentId).findFirst();
		if (moving.isEmpty()) {
			return; // the assignment no longer covers the effective date: reported as a conflict
		}
		var assignment = moving.get();
		var person = current.people().get(assignment.personId());
		var target = current.positions().get(targetKey());
		if (target == null || current.unit(target.unitId()).isEmpty()) {
			preview.problem("reorganisation.problem.targetGone", person.fullName());
			return;
		}
		if (target.kind().singleHolder()) {
			var holder = current.holdings(target.unitId())
				.stream()
				.filter(holding -> holding.position().id() == target.id())
				.flatMap(holding -> holding.holders().stream())
				.findFirst();
			if (holder.isPresent()) {
				preview.problem("reorganisation.problem.targetTaken", person.fullName(), target.title(),
						holder.get().person().fullName());
				return;
			}
		}
		preview.assignments.remove(assignment);
		preview.assignments.add(new Snapshot.Assignment(-id(), target.id(), assignment.personId(), assignment.fte(),
				current.date(), assignment.validTo(), 0));
	}

	@Override
	public void findConflicts(DraftWorld world, List<PreviewProblem> conflicts, List<PreviewProblem> problems) {
		var date = world.effectiveDate();
		var now = world.assignment(assignmentId).orElseThrow();
		if (!now.period().covers(date) || now.period().from().equals(date)) {
			conflicts.add(PreviewProblem.of("reorganisation.conflict.assignmentGone", now.person()));
		}
		else if (!Long.valueOf(now.version()).equals(basedOnAssignmentVersion)) {
			conflicts.add(PreviewProblem.of("reorganisation.conflict.assignmentChanged", now.person()));
		}
	}

	@Override
	public boolean dependsOn(long changeId) {
		return Long.valueOf(changeId).equals(targetChangeId);
	}

}

package be.eenloket.organisation.internal;

import java.util.List;

/**
 * One change of a reorganisation draft. Each kind checks itself when it is added ({@link #prepare}), knows its
 * effect on the preview ({@link #applyTo}) and what, changed since, stands in its way ({@link #findConflicts}).
 * Approval writes them in {@link ReorganisationApproval}.
 */
public sealed interface DraftChange permits CreateUnit, MoveUnit, RenameUnit, ChangeEntities, CloseUnit, MoveStaff {

	long id();

	ChangeKind kind();

	/**
	 * When the change takes effect within its draft, whatever order it was added in: new units first (in the order
	 * they were added, so a new unit can sit under another new one), then the rest of the structure (which may place
	 * units under the new ones), then staff moves (into units that exist by then), then closures (of units the moves
	 * have emptied).
	 */
	default int phase() {
		return 1;
	}

	/**
	 * Checks the change against the organogram on the effective date and the draft's other changes before it is
	 * added, and remembers what it is based on so a later change there shows as a conflict.
	 * @throws be.eenloket.kernel.RuleViolation naming the form field
	 */
	void prepare(DraftWorld world, List<DraftChange> draft);

	/** The change's effect on the preview; what keeps it from taking effect is reported as a problem. */
	void applyTo(PreviewBuilder preview);

	/** What changed since the change was added that stands in its way: conflicts, and problems only the world knows. */
	void findConflicts(DraftWorld world, List<PreviewProblem> conflicts, List<PreviewProblem> problems);

	/** Whether this change needs the unit or head position that change {@code changeId} creates. */
	default boolean dependsOn(long changeId) {
		return false;
	}

	/**
	 * The id under which the preview's organogram (and the forms) know the unit that CREATE change {@code changeId}
	 * will make, and its head position if it has one: negative, so it never collides with an existing id.
	 */
	static long createdUnitKey(long changeId) {
		return -changeId;
	}

}

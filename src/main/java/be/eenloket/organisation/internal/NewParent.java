package be.eenloket.organisation.internal;

import java.util.List;

import be.eenloket.kernel.RuleViolation;
import jakarta.persistence.Embeddable;

/**
 * Where a moved or created unit will sit: an existing unit ({@code newParentId}), a unit the same draft creates
 * ({@code newParentChangeId}, its CREATE change), or nowhere (a top-level unit).
 */
@Embeddable
class NewParent {

	private Long newParentId;

	private Long newParentChangeId;

	protected NewParent() {
	}

	private NewParent(Long existing, Long createdBy) {
		this.newParentId = existing;
		this.newParentChangeId = createdBy;
	}

	/**
	 * The parent a form chose by its key: a negative key is a unit this draft creates (see
	 * {@link DraftChange#createdUnitKey}); an existing unit must exist on the effective date.
	 */
	static NewParent chosen(Long key, DraftWorld world, List<DraftChange> draft) {
		if (key == null) {
			return new NewParent(null, null);
		}
		if (key < 0) {
			var creation = draft.stream()
				.filter(change -> change instanceof CreateUnit && DraftChange.createdUnitKey(change.id()) == key)
				.findFirst()
				.orElseThrow(() -> new RuleViolation("newParentId", "reorganisation.change.parent.unknown"));
			return new NewParent(null, creation.id());
		}
		RuleViolation.require(world.onEffectiveDate().unit(key).isPresent(), "newParentId", "unit.parent.notOnDate",
				world.effectiveDate());
		return new NewParent(key, null);
	}

	/** The parent as the preview's organogram knows it. */
	Long key() {
		return newParentId != null ? newParentId
				: newParentChangeId == null ? null : DraftChange.createdUnitKey(newParentChangeId);
	}

	Long existing() {
		return newParentId;
	}

	Long createdBy() {
		return newParentChangeId;
	}

	/** An existing parent must still exist on the effective date (a unit created by the draft is no such parent). */
	void findConflicts(DraftWorld world, List<PreviewProblem> conflicts) {
		if (newParentId != null && world.onEffectiveDate().unit(newParentId).isEmpty()) {
			conflicts.add(PreviewProblem.of("reorganisation.conflict.parentGone", world.lastName(newParentId)));
		}
	}

}

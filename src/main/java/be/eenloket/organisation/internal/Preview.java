package be.eenloket.organisation.internal;

import java.util.List;

/** The organogram today, on the effective date with the draft applied, and what stands in the way of approval. */
public record Preview(Snapshot today, Snapshot after, List<PreviewProblem> problems, List<PreviewProblem> conflicts) {

	public boolean canBeApproved() {
		return problems.isEmpty() && conflicts.isEmpty();
	}

}

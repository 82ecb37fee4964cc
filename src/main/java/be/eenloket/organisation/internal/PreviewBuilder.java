package be.eenloket.organisation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organogram on the effective date while a draft's changes are applied to it one by one: each change sees the
 * effect of the ones before ({@link #current()}) and reports what keeps it from taking effect as a problem.
 */
final class PreviewBuilder {

	private final Snapshot base;

	final Map<Long, Snapshot.Unit> units;

	final Map<Long, Snapshot.Position> positions;

	final List<Snapshot.Assignment> assignments;

	private final List<PreviewProblem> problems = new ArrayList<>();

	PreviewBuilder(Snapshot base) {
		this.base = base;
		this.units = new HashMap<>(base.units());
		this.positions = new HashMap<>(base.positions());
		this.assignments = new ArrayList<>(base.assignments());
	}

	/** The organogram with the changes applied so far. */
	Snapshot current() {
		return new Snapshot(base.date(), units, positions, assignments, base.people());
	}

	void problem(String key, Object... arguments) {
		problems.add(PreviewProblem.of(key, arguments));
	}

	List<PreviewProblem> problems() {
		return problems;
	}

}

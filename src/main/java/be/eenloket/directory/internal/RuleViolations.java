package be.eenloket.directory.internal;

import java.util.List;

import be.eenloket.kernel.RuleViolation;
import org.springframework.validation.Errors;

/**
 * Several broken rules found in one go (every unreadable day of a week's hours), so the editor sees them all at
 * once instead of one per submit. It is a {@link RuleViolation}: forms add it the same way, and it adds them all.
 */
public final class RuleViolations extends RuleViolation {

	private final transient List<RuleViolation> violations;

	private RuleViolations(List<RuleViolation> violations) {
		super(violations.get(0).field(), violations.get(0).messageKey(), violations.get(0).arguments().toArray());
		this.violations = List.copyOf(violations);
	}

	/** Throws the violations, if there are any. */
	public static void throwIfAny(List<RuleViolation> violations) {
		if (!violations.isEmpty()) {
			throw new RuleViolations(violations);
		}
	}

	public List<RuleViolation> violations() {
		return violations;
	}

	@Override
	public void addTo(Errors errors) {
		violations.forEach(violation -> violation.addTo(errors));
	}

}

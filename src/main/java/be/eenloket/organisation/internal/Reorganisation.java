package be.eenloket.organisation.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import be.eenloket.kernel.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A reorganisation: a named draft of changes with an effective date, previewed against today, approved by the
 * algemeen directeur with the council decision, or cancelled. Only a draft changes; every change to it (a change
 * added or removed) raises its version, so an approval based on an older preview is refused.
 */
@Entity
@Table(name = "org_reorganisation")
public class Reorganisation extends Versioned {

	public enum Status {

		DRAFT, APPROVED, CANCELLED

	}

	private String name;

	private LocalDate effectiveDate;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String preparedBy;

	private OffsetDateTime preparedAt;

	private LocalDate councilDecisionDate;

	private String councilDecisionNumber;

	private String approvedBy;

	private OffsetDateTime approvedAt;

	// owned by the reorganisation (not mapped by the change), so adding or removing a change raises its version
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "reorganisation_id", nullable = false, updatable = false)
	@OrderBy("id")
	private List<ReorganisationChange> changes = new ArrayList<>();

	protected Reorganisation() {
	}

	private Reorganisation(String name, LocalDate effectiveDate, String preparedBy, OffsetDateTime preparedAt) {
		this.name = name;
		this.effectiveDate = effectiveDate;
		this.status = Status.DRAFT;
		this.preparedBy = preparedBy;
		this.preparedAt = preparedAt;
	}

	/** A new draft; its changes take effect on {@code effectiveDate}, which lies after {@code today}. */
	public static Reorganisation draft(String name, LocalDate effectiveDate, String actor, OffsetDateTime now) {
		RuleViolation.require(name != null && !name.isBlank(), "name", "reorganisation.name.required");
		RuleViolation.require(effectiveDate != null, "effectiveDate", "reorganisation.effectiveDate.required");
		RuleViolation.require(effectiveDate.isAfter(now.toLocalDate()), "effectiveDate",
				"reorganisation.effectiveDate.future");
		return new Reorganisation(name.trim(), effectiveDate, actor, now);
	}

	public String name() {
		return name;
	}

	public LocalDate effectiveDate() {
		return effectiveDate;
	}

	public Status status() {
		return status;
	}

	public String preparedBy() {
		return preparedBy;
	}

	public OffsetDateTime preparedAt() {
		return preparedAt;
	}

	public LocalDate councilDecisionDate() {
		return councilDecisionDate;
	}

	public String councilDecisionNumber() {
		return councilDecisionNumber;
	}

	public String approvedBy() {
		return approvedBy;
	}

	public OffsetDateTime approvedAt() {
		return approvedAt;
	}

	/** The changes in the order they were added. */
	public List<DraftChange> changes() {
		return changes.stream().map(ReorganisationChange::asDraftChange).toList();
	}

	/** The changes in the order they take effect: see {@link DraftChange#phase()}. */
	public List<DraftChange> inOrder() {
		return changes().stream().sorted(Comparator.comparingInt(DraftChange::phase)).toList();
	}

	public boolean inEffectOn(LocalDate date) {
		return status == Status.APPROVED && !date.isBefore(effectiveDate);
	}

	/** Adds a change after it checked itself against the organogram on the effective date and the other changes. */
	public void add(DraftChange change, DraftWorld world, OffsetDateTime now) {
		requireDraft();
		change.prepare(world, changes());
		var stored = (ReorganisationChange) change;
		stored.recordedAt(now);
		changes.add(stored);
	}

	/** Removes a change, unless another change needs the unit or head position it creates. */
	public void remove(long changeId) {
		requireDraft();
		var removed = changes().stream().filter(change -> change.id() == changeId).findFirst();
		var dependants = changes().stream().filter(change -> change.dependsOn(changeId)).count();
		if (removed.isPresent() && dependants > 0) {
			var name = removed.get() instanceof CreateUnit create ? create.newName() : null;
			throw RuleViolation.ofForm("reorganisation.change.referenced", name, dependants);
		}
		changes.removeIf(change -> change.id() == changeId);
	}

	/**
	 * The organogram on the effective date as it would be with this draft, and what stands in the way: problems of
	 * the draft itself and conflicts with what changed since it was prepared. A decided reorganisation shows the
	 * organogram on its effective date as it is.
	 */
	public Preview preview(Snapshot today, DraftWorld world) {
		var problems = new ArrayList<PreviewProblem>();
		var conflicts = new ArrayList<PreviewProblem>();
		if (status != Status.DRAFT) {
			return new Preview(today, world.onEffectiveDate(), problems, conflicts);
		}
		var builder = new PreviewBuilder(world.onEffectiveDate());
		inOrder().forEach(change -> change.applyTo(builder));
		problems.addAll(builder.problems());
		changes().forEach(change -> change.findConflicts(world, conflicts, problems));
		if (!today.date().isBefore(effectiveDate)) {
			conflicts.add(PreviewProblem.of("reorganisation.conflict.datePassed", effectiveDate));
		}
		if (changes.isEmpty()) {
			problems.add(PreviewProblem.of("reorganisation.problem.empty"));
		}
		return new Preview(today, builder.current(), problems, conflicts);
	}

	/**
	 * Checks an approval as the algemeen directeur gives it, on the preview they saw ({@code seenVersion}); the
	 * changes are written by {@link ReorganisationApproval} before {@link #approved} records the decision.
	 */
	public void checkApproval(long seenVersion, LocalDate councilDecisionDate, String councilDecisionNumber,
			LocalDate today, Preview preview) {
		requireDraft();
		requireVersion(seenVersion);
		RuleViolation.require(councilDecisionDate != null, "councilDecisionDate",
				"reorganisation.councilDecisionDate.required");
		RuleViolation.require(!councilDecisionDate.isAfter(today), "councilDecisionDate",
				"reorganisation.councilDecisionDate.future");
		RuleViolation.require(councilDecisionNumber != null && !councilDecisionNumber.isBlank(),
				"councilDecisionNumber", "reorganisation.councilDecisionNumber.required");
		if (!preview.canBeApproved()) {
			throw RuleViolation.ofForm("reorganisation.notApprovable");
		}
	}

	void approved(LocalDate decisionDate, String decisionNumber, String actor, OffsetDateTime now) {
		this.status = Status.APPROVED;
		this.councilDecisionDate = decisionDate;
		this.councilDecisionNumber = decisionNumber.trim();
		this.approvedBy = actor;
		this.approvedAt = now;
	}

	public void cancel(long seenVersion) {
		requireDraft();
		requireVersion(seenVersion);
		this.status = Status.CANCELLED;
	}

	void requireDraft() {
		if (status != Status.DRAFT) {
			throw RuleViolation.ofForm("reorganisation.notDraft");
		}
	}

}

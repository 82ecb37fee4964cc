package be.eenloket.organisation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import be.eenloket.identity.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reorganisations: a named draft of changes with an effective date, previewed against today, approved by the
 * algemeen directeur with the council decision, and then written as dated changes. The rules are the
 * {@link Reorganisation} aggregate's and its {@link DraftChange}s'; this service loads, audits and saves.
 */
@Service
public class Reorganisations {

	private final ReorganisationRepository repository;

	private final DraftWorlds worlds;

	private final ReorganisationApproval approval;

	private final Snapshots snapshots;

	private final AuditLog audit;

	private final Clock clock;

	Reorganisations(ReorganisationRepository repository, DraftWorlds worlds, ReorganisationApproval approval,
			Snapshots snapshots, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.worlds = worlds;
		this.approval = approval;
		this.snapshots = snapshots;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Reorganisation> all() {
		return repository.findAllByOrderByEffectiveDateDescIdDesc();
	}

	@Transactional(readOnly = true)
	public Optional<Reorganisation> find(long id) {
		return repository.findById(id);
	}

	@Transactional
	public long createDraft(String name, LocalDate effectiveDate, String actor) {
		var draft = repository.save(Reorganisation.draft(name, effectiveDate, actor, now()));
		audit.record("organisation", "CREATED", "Reorganisation", draft.id(),
				"Ontwerp van herstructurering '" + draft.name() + "' met ingang van " + effectiveDate);
		return draft.id();
	}

	/** Adds a change to a draft and returns its id (a CREATE change's id gives the new unit's key). */
	@Transactional
	public long addChange(long reorganisationId, DraftChange change) {
		var reorganisation = load(reorganisationId);
		reorganisation.add(change, worlds.on(reorganisation.effectiveDate()), now());
		// the reorganisation is managed: flushing persists the change itself (a save would merge a copy), giving its id
		repository.flush();
		audit.record("organisation", "CHANGED", "Reorganisation", reorganisationId,
				"Wijziging toegevoegd: " + change.kind() + " (#" + change.id() + ")");
		return change.id();
	}

	@Transactional
	public void removeChange(long reorganisationId, long changeId) {
		var reorganisation = load(reorganisationId);
		reorganisation.remove(changeId);
		repository.saveAndFlush(reorganisation);
		audit.record("organisation", "CHANGED", "Reorganisation", reorganisationId, "Wijziging #" + changeId + " verwijderd");
	}

	@Transactional(readOnly = true)
	public Preview preview(long reorganisationId) {
		var reorganisation = load(reorganisationId);
		return preview(reorganisation);
	}

	private Preview preview(Reorganisation reorganisation) {
		return reorganisation.preview(snapshots.asOf(LocalDate.now(clock)), worlds.on(reorganisation.effectiveDate()));
	}

	/** Approves the draft and writes its changes as dated changes on the effective date, all or nothing. */
	@Transactional
	public void approve(long reorganisationId, long version, LocalDate councilDecisionDate, String councilDecisionNumber,
			String actor) {
		var reorganisation = load(reorganisationId);
		reorganisation.checkApproval(version, councilDecisionDate, councilDecisionNumber, LocalDate.now(clock),
				preview(reorganisation));
		approval.write(reorganisation);
		reorganisation.approved(councilDecisionDate, councilDecisionNumber, actor, now());
		repository.saveAndFlush(reorganisation);
		audit.record("organisation", "APPROVED", "Reorganisation", reorganisationId, "Herstructurering '"
				+ reorganisation.name() + "' goedgekeurd (raadsbesluit " + reorganisation.councilDecisionNumber()
				+ " van " + councilDecisionDate + "), van kracht vanaf " + reorganisation.effectiveDate());
	}

	@Transactional
	public void cancel(long reorganisationId, long version) {
		var reorganisation = load(reorganisationId);
		reorganisation.cancel(version);
		repository.saveAndFlush(reorganisation);
		audit.record("organisation", "CANCELLED", "Reorganisation", reorganisationId,
				"Ontwerp '" + reorganisation.name() + "' geannuleerd");
	}

	private Reorganisation load(long reorganisationId) {
		return repository.findById(reorganisationId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}

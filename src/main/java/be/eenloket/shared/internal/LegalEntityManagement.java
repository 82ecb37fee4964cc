package be.eenloket.shared.internal;

import java.util.List;
import java.util.Optional;

import be.eenloket.identity.AuditLog;
import be.eenloket.shared.EnterpriseNumber;
import be.eenloket.shared.LegalEntities;
import be.eenloket.shared.LegalEntity;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/** Keeps the legal entities master data; every change is audited. */
@Service
public class LegalEntityManagement implements LegalEntities {

	private final LegalEntityRepository repository;

	private final AuditLog audit;

	LegalEntityManagement(LegalEntityRepository repository, AuditLog audit) {
		this.repository = repository;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<LegalEntity> active() {
		return repository.findByActiveTrueOrderByCodeAsc().stream().map(LegalEntityRecord::toLegalEntity).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LegalEntity> byCode(String code) {
		return repository.findByCode(code).map(LegalEntityRecord::toLegalEntity);
	}

	@Transactional(readOnly = true)
	public List<LegalEntity> all() {
		return repository.findAllByOrderByCodeAsc().stream().map(LegalEntityRecord::toLegalEntity).toList();
	}

	@Transactional(readOnly = true)
	public LegalEntityForm formFor(long id) {
		return LegalEntityForm.of(load(id));
	}

	/** Creates the entity, or adds field errors and saves nothing. */
	@Transactional
	public Optional<LegalEntity> create(LegalEntityForm form, Errors errors) {
		var number = checkNumber(form, errors, null);
		if (!errors.hasFieldErrors("code") && repository.existsByCode(form.getCode())) {
			errors.rejectValue("code", "legalEntity.code.taken");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		var entity = repository.saveAndFlush(new LegalEntityRecord(form.getCode(), form.getOfficialName(), number));
		audit.record("shared", "CREATED", "LegalEntity", entity.getId(), "Bestuur " + entity.getCode() + " ("
				+ entity.getOfficialName() + ", KBO " + number.formatted() + ") toegevoegd");
		return Optional.of(entity.toLegalEntity());
	}

	/** Changes name, number and status as the user saw them; the code never changes. */
	@Transactional
	public Optional<LegalEntity> update(long id, LegalEntityForm form, Errors errors) {
		var entity = load(id);
		if (form.getVersion() == null || form.getVersion() != entity.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(LegalEntityRecord.class, id);
		}
		var number = checkNumber(form, errors, id);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		var before = entity.toLegalEntity();
		entity.update(form.getOfficialName(), number, form.isActive());
		repository.saveAndFlush(entity);
		var after = entity.toLegalEntity();
		var changes = new StringBuilder();
		if (!before.officialName().equals(after.officialName())) {
			changes.append("naam: ").append(before.officialName()).append(" → ").append(after.officialName()).append("; ");
		}
		if (!before.enterpriseNumber().equals(after.enterpriseNumber())) {
			changes.append("KBO: ").append(before.enterpriseNumber()).append(" → ").append(after.enterpriseNumber()).append("; ");
		}
		if (before.active() != after.active()) {
			changes.append(after.active() ? "weer actief; " : "niet meer actief; ");
		}
		audit.record("shared", "UPDATED", "LegalEntity", id, "Bestuur " + after.code() + ": "
				+ (changes.isEmpty() ? "geen wijzigingen" : changes.substring(0, changes.length() - 2)));
		return Optional.of(after);
	}

	private EnterpriseNumber checkNumber(LegalEntityForm form, Errors errors, Long id) {
		if (errors.hasFieldErrors("enterpriseNumber")) {
			return null;
		}
		var number = EnterpriseNumber.parse(form.getEnterpriseNumber());
		if (number.isEmpty()) {
			errors.rejectValue("enterpriseNumber", "legalEntity.enterpriseNumber.invalid");
			return null;
		}
		var taken = id == null ? repository.existsByEnterpriseNumber(number.get().digits())
				: repository.existsByEnterpriseNumberAndIdNot(number.get().digits(), id);
		if (taken) {
			errors.rejectValue("enterpriseNumber", "legalEntity.enterpriseNumber.taken");
			return null;
		}
		return number.get();
	}

	private LegalEntityRecord load(long id) {
		return repository.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Used by the demo data: adds the entity unless its code exists. */
	@Transactional
	public void ensure(String code, String officialName, EnterpriseNumber number) {
		if (!repository.existsByCode(code)) {
			var entity = repository.save(new LegalEntityRecord(code, officialName, number));
			audit.record("shared", "CREATED", "LegalEntity", entity.getId(), "Demo-bestuur " + code + " toegevoegd");
		}
	}

}

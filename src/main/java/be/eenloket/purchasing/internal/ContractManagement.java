package be.eenloket.purchasing.internal;

import java.time.Clock;

import be.eenloket.identity.AuditLog;
import be.eenloket.kernel.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Framework agreements and maintenance contracts: created and changed with their rules, audited. */
@Service
public class ContractManagement {

	private final Contracts contracts;

	private final PurchasingReads reads;

	private final AuditLog audit;

	private final Clock clock;

	ContractManagement(Contracts contracts, PurchasingReads reads, AuditLog audit, Clock clock) {
		this.contracts = contracts;
		this.reads = reads;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Contract contract(long id) {
		var contract = contracts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		contract.getLegalEntities().size();
		return contract;
	}

	@Transactional
	public Contract create(Contract.Values values) {
		RuleViolation.require(values.reference() == null || !contracts.existsByReference(values.reference().strip()),
				"reference", "purchasing.contract.reference.taken");
		var contract = contracts.saveAndFlush(new Contract(values, clock.instant()));
		reads.refreshAlerts();
		audit.record("purchasing", "CREATED", "Contract", contract.getId(), "Contract " + contract.getReference() + " ("
				+ contract.getTitle() + ") tot " + contract.getEndDate() + ", max. " + Money.format(contract.getMaxAmount()));
		return contract;
	}

	@Transactional
	public Contract update(long id, long seenVersion, Contract.Values values) {
		var contract = contract(id);
		if (contract.getVersion() != seenVersion) {
			throw new ObjectOptimisticLockingFailureException(Contract.class, id);
		}
		RuleViolation.require(values.reference() == null || values.reference().strip().equals(contract.getReference())
				|| !contracts.existsByReference(values.reference().strip()), "reference", "purchasing.contract.reference.taken");
		contract.update(values);
		contracts.saveAndFlush(contract);
		reads.refreshAlerts();
		audit.record("purchasing", "UPDATED", "Contract", id, "Contract " + contract.getReference() + " gewijzigd");
		return contract;
	}

}

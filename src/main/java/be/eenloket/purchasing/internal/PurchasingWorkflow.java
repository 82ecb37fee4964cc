package be.eenloket.purchasing.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import be.eenloket.directory.DirectoryCatalog;
import be.eenloket.identity.AuditLog;
import be.eenloket.identity.Role;
import be.eenloket.kernel.RuleViolation;
import be.eenloket.organisation.OrganisationChart;
import be.eenloket.organisation.OrganisationUnitId;
import be.eenloket.organisation.UnitSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The purchase request from submission to invoice: the aggregate guards each step, this service brings it what
 * it needs (the threshold table, free credit, delegations, exemptions, numbers) and audits every change.
 */
@Service
public class PurchasingWorkflow {

	/** Who acts: the username and roles of the logged-in staff member. */
	public record Actor(String username, Set<Role> roles) {

		public boolean has(Role role) {
			return roles.contains(role);
		}

		/** A department head who is nothing more sees only the requests of their own units. */
		public boolean limitedToOwnUnits() {
			return has(Role.DEPARTMENT_HEAD) && !has(Role.PURCHASER) && !has(Role.FINANCIAL_DIRECTOR)
					&& !has(Role.GENERAL_DIRECTOR) && !has(Role.SECRETARIAT);
		}

	}

	private final PurchaseRequests requests;

	private final MasterData masterData;

	private final Contracts contracts;

	private final OrganisationChart organisation;

	private final DirectoryCatalog directory;

	private final Commitments commitments;

	private final RequestAssessment assessment;

	private final AuditLog audit;

	private final Clock clock;

	private final BigDecimal tolerancePercent;

	PurchasingWorkflow(PurchaseRequests requests, MasterData masterData, Contracts contracts,
			OrganisationChart organisation, DirectoryCatalog directory, Commitments commitments,
			RequestAssessment assessment, AuditLog audit, Clock clock,
			@Value("${eenloket.purchasing.match-tolerance-percent:2}") BigDecimal tolerancePercent) {
		this.requests = requests;
		this.masterData = masterData;
		this.contracts = contracts;
		this.organisation = organisation;
		this.directory = directory;
		this.commitments = commitments;
		this.assessment = assessment;
		this.audit = audit;
		this.clock = clock;
		this.tolerancePercent = tolerancePercent;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public BigDecimal tolerancePercent() {
		return tolerancePercent;
	}

	/** The units a department head may request for: those where their linked person holds a position today. */
	public List<UnitSummary> ownUnits(Actor actor) {
		return organisation.unitsOfAccount(actor.username(), today());
	}

	// --- reading

	/** The request, if the actor may see it; otherwise (or when it does not exist) a 404. */
	@Transactional(readOnly = true)
	public PurchaseRequest request(long id, Actor actor) {
		var request = requests.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (actor.limitedToOwnUnits() && ownUnits(actor).stream().noneMatch(unit -> unit.id().value() == request.getUnitId())) {
			// no hint that the request exists
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		// load the collections inside the transaction
		request.getShares().size();
		request.getLines().size();
		request.getInvoices().size();
		return request;
	}

	// --- submitting

	/** What the request form gives: the draft, the unit, and the split key (percentages or amounts). */
	public record Submission(PurchaseRequest.Draft draft, long unitId, boolean byPercentage, List<Long> budgetCodeIds,
			List<BigDecimal> values, UUID formToken) {
	}

	/**
	 * Submits a request for one of the actor's own units. A second submission of the same form returns the first
	 * request instead of a copy.
	 */
	@Transactional
	public PurchaseRequest submit(Submission submission, Actor actor) {
		var existing = requests.findByFormToken(submission.formToken());
		if (existing.isPresent()) {
			return existing.get();
		}
		var unit = ownUnits(actor).stream().filter(candidate -> candidate.id().value() == submission.unitId())
			.findFirst()
			.orElseThrow(() -> new RuleViolation("unitId", "purchasing.request.unitNotYours"));
		return submitFor(submission, unit, actor.username());
	}

	/** Submits for a unit already checked (the demo data submits for every unit). */
	@Transactional
	PurchaseRequest submitFor(Submission submission, UnitSummary unit, String username) {
		var today = today();
		var value = Money.positive(submission.draft().estimatedValue(), "estimatedValue");
		var codes = new ArrayList<BudgetCode>();
		var values = new ArrayList<BigDecimal>();
		for (var i = 0; i < submission.budgetCodeIds().size(); i++) {
			var codeId = submission.budgetCodeIds().get(i);
			if (codeId == null) {
				continue;
			}
			var field = "shares[" + i + "].budgetCodeId";
			var code = masterData.budgetCode(codeId).orElseThrow(() -> new RuleViolation(field, "purchasing.split.budgetCodeRequired"));
			// a unit may only charge the legal entities it works for
			RuleViolation.require(unit.legalEntities().contains(code.getLegalEntityCode()), field,
					"purchasing.split.entityNotOfUnit", code.getLegalEntityCode(), unit.name());
			codes.add(code);
			values.add(i < submission.values().size() ? submission.values().get(i) : null);
		}
		RuleViolation.require(!codes.isEmpty(), "shares", "purchasing.split.none");
		var shares = SplitKey.shares(value, submission.byPercentage(), codes, values);
		var number = commitments.nextRequestNumber(today.getYear());
		var request = PurchaseRequest.submit(number, submission.draft(), shares, unit.id(), unit.name(), username,
				today, submission.formToken());
		assessment.assess(request, today);
		requests.saveAndFlush(request);
		audit.record("purchasing", "SUBMITTED", "PurchaseRequest", request.getId(), "Aankoopaanvraag " + number + " ("
				+ request.getTitle() + ", " + Money.format(request.getEstimatedValue()) + ") voor " + unit.name());
		return request;
	}

	/** Credit of the code minus what live requests past submission already hold on it (this one excluded). */
	@Transactional(readOnly = true)
	public BigDecimal freeCredit(long budgetCodeId, Long exceptRequest) {
		return commitments.freeCredit(budgetCodeId, exceptRequest);
	}

	// --- the steps

	private PurchaseRequest forChange(long id, long seenVersion) {
		var request = requests.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (request.getVersion() != seenVersion) {
			throw new ObjectOptimisticLockingFailureException(PurchaseRequest.class, id);
		}
		return request;
	}

	/** The purchaser confirms the proposed procedure or a stricter one; the splitting guard is run again first. */
	@Transactional
	public void confirmProcedure(long id, long seenVersion, Procedure chosen, String splitJustification,
			boolean routeToCouncil) {
		var request = forChange(id, seenVersion);
		var today = today();
		if (request.getStatus() == RequestStatus.SUBMITTED) {
			assessment.assess(request, today);
		}
		request.confirmProcedure(chosen, splitJustification, routeToCouncil,
				share -> commitments.freeCredit(share.getBudgetCodeId(), request.getId()),
				share -> masterData.exempt(share.getLegalEntityCode(), share.getAmount(), today), today);
		requests.saveAndFlush(request);
		audit.record("purchasing", "PROCEDURE_CONFIRMED", "PurchaseRequest", id, request.getNumber() + ": procedure "
				+ chosen + (request.getProcedure().isSplitFlag() ? "; splitsingsvlag verantwoord" : "")
				+ (request.getShares().stream().anyMatch(RequestShare::isToCouncil) ? "; naar de raad (krediet)" : ""));
	}

	@Transactional
	public void visum(long id, long seenVersion, String entity, Visum decision, String remark, Actor actor) {
		var request = forChange(id, seenVersion);
		request.visum(entity, decision, remark, actor.username(), today());
		requests.saveAndFlush(request);
		audit.record("purchasing", "VISUM", "PurchaseRequest", id, request.getNumber() + ": visum " + entity + " "
				+ decision + (remark == null || remark.isBlank() ? "" : " (" + remark.strip() + ")"));
	}

	/** The bodies that may decide on this share today, lowest first. */
	@Transactional(readOnly = true)
	public List<DecisionBody> competentBodies(RequestShare share) {
		return masterData.competentBodies(share.getLegalEntityCode(), share.getAmount(), today(), share.isToCouncil());
	}

	/** The algemeen directeur approves in the portal, only within the delegation of that entity on the day. */
	@Transactional
	public void approveAsGeneralDirector(long id, long seenVersion, String entity, Actor actor) {
		var request = forChange(id, seenVersion);
		var share = request.share(entity);
		RuleViolation.require(competentBodies(share).contains(DecisionBody.ALGEMEEN_DIRECTEUR), "legalEntity",
				"purchasing.approval.noDelegation", entity, Money.format(share.getAmount()));
		request.approve(entity, DecisionBody.ALGEMEEN_DIRECTEUR, actor.username(), today(), null);
		requests.saveAndFlush(request);
		audit.record("purchasing", "APPROVED", "PurchaseRequest", id, request.getNumber() + ": goedgekeurd voor "
				+ entity + " door de algemeen directeur");
	}

	/** The secretariat records a decision of college, vast bureau or council with its date and number. */
	@Transactional
	public void recordDecision(long id, long seenVersion, String entity, DecisionBody body, LocalDate decisionDate,
			String decisionNumber, Actor actor) {
		var request = forChange(id, seenVersion);
		var share = request.share(entity);
		RuleViolation.require(body != null && body.meets(), "body", "purchasing.decision.body");
		RuleViolation.require(competentBodies(share).contains(body), "body", "purchasing.approval.noDelegation", entity,
				Money.format(share.getAmount()));
		Dates.plausible(decisionDate, "decisionDate");
		RuleViolation.require(!decisionDate.isAfter(today()) && !decisionDate.isBefore(request.getRequestedOn()),
				"decisionDate", "purchasing.decision.date");
		RuleViolation.require(decisionNumber != null && !decisionNumber.isBlank(), "decisionNumber",
				"purchasing.decision.number");
		request.approve(entity, body, actor.username(), decisionDate, decisionNumber.strip());
		requests.saveAndFlush(request);
		audit.record("purchasing", "APPROVED", "PurchaseRequest", id, request.getNumber() + ": beslissing " + body
				+ " voor " + entity + " van " + decisionDate + " nr. " + decisionNumber.strip());
	}

	/** The competent body for one entity refuses: the request ends, nothing is ordered, the commitments fall away. */
	@Transactional
	public void refuse(long id, long seenVersion, String entity, DecisionBody body, String remark) {
		var request = forChange(id, seenVersion);
		RuleViolation.require(body != null && competentBodies(request.share(entity)).contains(body), "legalEntity",
				"purchasing.approval.noDelegation", entity, Money.format(request.share(entity).getAmount()));
		request.refuse(remark);
		requests.saveAndFlush(request);
		audit.record("purchasing", "REFUSED", "PurchaseRequest", id, request.getNumber() + ": geweigerd door " + body
				+ " voor " + entity + " (" + remark.strip() + ")");
	}

	@Transactional
	public void cancel(long id, long seenVersion, String remark) {
		var request = forChange(id, seenVersion);
		request.cancel(remark);
		requests.saveAndFlush(request);
		audit.record("purchasing", "CANCELLED", "PurchaseRequest", id, request.getNumber() + ": ingetrokken (" + remark + ")");
	}

	/** The order: supplier, lines, delivery to a building of the directory; a call-off may consume a contract. */
	@Transactional
	public void order(long id, long seenVersion, Long supplierId, List<PurchaseRequest.LineDraft> lines,
			Long buildingId, Long contractId) {
		var request = forChange(id, seenVersion);
		var today = today();
		var supplier = supplierId == null ? null : masterData.findSupplier(supplierId).orElse(null);
		RuleViolation.require(buildingId != null, "buildingId", "purchasing.order.building");
		var building = directory.building(buildingId)
			.orElseThrow(() -> new RuleViolation("buildingId", "purchasing.order.building"));
		if (contractId != null) {
			var contract = contracts.findById(contractId)
				.orElseThrow(() -> new RuleViolation("contractId", "purchasing.order.contract.invalid"));
			var entities = request.getShares().stream().map(RequestShare::getLegalEntityCode).toList();
			RuleViolation.require(contract.allowsCallOff(supplier, entities, today), "contractId",
					"purchasing.order.contract.invalid");
			var total = lines.stream().map(line -> line.quantity() == null || line.unitPrice() == null ? BigDecimal.ZERO
					: line.quantity().multiply(line.unitPrice())).reduce(BigDecimal.ZERO, BigDecimal::add);
			var consumed = commitments.onContract(contractId);
			RuleViolation.require(consumed.add(total).compareTo(contract.getMaxAmount()) <= 0, "contractId",
					"purchasing.order.contractExhausted", Money.format(contract.getMaxAmount().subtract(consumed)));
		}
		// an unapproved request is refused by the aggregate below; no number is drawn for it
		var number = request.getStatus() == RequestStatus.APPROVED
				? commitments.nextOrderNumber(request.leadShare().getLegalEntityCode(), today.getYear()) : null;
		request.order(number, supplier, lines, building.id(), building.name() + ", " + building.address(), contractId,
				today);
		requests.saveAndFlush(request);
		audit.record("purchasing", "ORDERED", "PurchaseRequest", id, request.getNumber() + ": bestelbon " + number
				+ " bij " + supplier.getName());
	}

	@Transactional
	public void registerDelivery(long id, long seenVersion, List<BigDecimal> received) {
		var request = forChange(id, seenVersion);
		request.registerDelivery(received, today());
		requests.saveAndFlush(request);
		var check = request.threeWayCheck(tolerancePercent);
		audit.record("purchasing", "DELIVERED", "PurchaseRequest", id, request.getNumber() + ": levering ontvangen ("
				+ Money.format(check.received()) + " van " + Money.format(check.ordered()) + ")");
	}

	@Transactional
	public void registerInvoice(long id, long seenVersion, String reference, LocalDate invoiceDate, BigDecimal amount,
			Actor actor) {
		var request = forChange(id, seenVersion);
		request.registerInvoice(reference, invoiceDate, amount, actor.username(), today());
		requests.saveAndFlush(request);
		var check = request.threeWayCheck(tolerancePercent);
		audit.record("purchasing", "INVOICED", "PurchaseRequest", id, request.getNumber() + ": factuur " + reference
				+ " " + Money.format(Money.of(amount)) + (check.mismatches().isEmpty() ? "" : "; afwijking: "
						+ String.join(", ", check.mismatches())));
	}

	public ThreeWayCheck threeWayCheck(PurchaseRequest request) {
		return request.threeWayCheck(tolerancePercent);
	}

	public OrganisationUnitId unitOf(PurchaseRequest request) {
		return new OrganisationUnitId(request.getUnitId());
	}

}

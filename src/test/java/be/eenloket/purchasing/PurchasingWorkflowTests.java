package be.eenloket.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import be.eenloket.identity.Role;
import be.eenloket.kernel.RuleViolation;
import be.eenloket.purchasing.internal.BudgetCode;
import be.eenloket.purchasing.internal.DecisionBody;
import be.eenloket.purchasing.internal.MasterData;
import be.eenloket.purchasing.internal.Procedure;
import be.eenloket.purchasing.internal.PurchaseRequest;
import be.eenloket.purchasing.internal.PurchasingWorkflow;
import be.eenloket.purchasing.internal.PurchasingWorkflow.Actor;
import be.eenloket.purchasing.internal.RequestStatus;
import be.eenloket.purchasing.internal.Visum;
import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The request workflow on the real database with the demo data: guard, commitments, visum, approvals, orders. */
@IntegrationTest
class PurchasingWorkflowTests {

	static final Actor HEAD = new Actor("diensthoofd", Set.of(Role.DEPARTMENT_HEAD));

	/** The onthaal account works in Onthaal, a unit of both gemeente and OCMW. */
	static final Actor JOINT_HEAD = new Actor("onthaal", Set.of(Role.DEPARTMENT_HEAD));

	static final Actor FD = new Actor("financieeldirecteur", Set.of(Role.FINANCIAL_DIRECTOR));

	static final Actor AD = new Actor("algemeendirecteur", Set.of(Role.GENERAL_DIRECTOR));

	static final Actor SECRETARIAT = new Actor("secretariaat", Set.of(Role.SECRETARIAT));

	@Autowired
	PurchasingWorkflow workflow;

	@Autowired
	MasterData masterData;

	@Autowired
	JdbcClient jdbc;

	LocalDate desired() {
		return workflow.today().plusDays(20);
	}

	BudgetCode code(String entity, String account) {
		return masterData.budgetCodes().stream().filter(code -> code.getLegalEntityCode().equals(entity)
				&& code.getBudgetYear() == desired().getYear() && code.getAccount().equals(account)).findFirst().orElseThrow();
	}

	PurchaseRequest submit(Actor actor, String category, String value, List<BudgetCode> codes, List<String> shares) {
		var unit = workflow.ownUnits(actor).get(0);
		var draft = new PurchaseRequest.Draft("Test " + UUID.randomUUID(), category, new BigDecimal(value),
				new BigDecimal("21"), desired(), "Nodig voor de test.");
		var values = new ArrayList<BigDecimal>();
		shares.forEach(share -> values.add(new BigDecimal(share)));
		return workflow.submit(new PurchasingWorkflow.Submission(draft, unit.id().value(), true,
				codes.stream().map(BudgetCode::getId).toList(), values, UUID.randomUUID()), actor);
	}

	PurchaseRequest reload(PurchaseRequest request, Actor actor) {
		return workflow.request(request.getId(), actor);
	}

	@Test
	void theRequestThatPushesACategoryOverALimitItStaysUnderAloneIsFlaggedAndNeedsAJustification() {
		var code = code("GEM", "6140000");
		var first = submit(HEAD, "37", "18000", List.of(code), List.of("100"));
		var second = submit(HEAD, "37", "9000", List.of(code), List.of("100"));
		assertThat(first.getProcedure().isSplitFlag()).isFalse();
		assertThat(second.getProcedure().isSplitFlag()).isFalse();
		var third = submit(HEAD, "37", "4000", List.of(code), List.of("100"));
		assertThat(third.getProcedure().isSplitFlag()).as("27,000 + 4,000 crosses 30,000").isTrue();
		assertThat(third.getProcedure().getSplitReason()).contains("GEM").contains("37");

		assertThatThrownBy(() -> workflow.confirmProcedure(third.getId(), third.getVersion(), Procedure.BEPERKTE_WAARDE, "te kort", false))
			.isInstanceOf(RuleViolation.class)
			.extracting(violation -> ((RuleViolation) violation).field())
			.isEqualTo("splitJustification");
		assertThat(reload(third, HEAD).getStatus()).as("nothing saved").isEqualTo(RequestStatus.SUBMITTED);
		workflow.confirmProcedure(third.getId(), third.getVersion(), Procedure.BEPERKTE_WAARDE,
				"Andere sportdienst, ander gebruik, los van de eerdere aankopen.", false);
		var confirmed = reload(third, HEAD);
		assertThat(confirmed.getProcedure().getSplitJustification()).startsWith("Andere sportdienst");
		assertThat(confirmed.getStatus()).as("4,000 is within the visum exemption of 5,000")
			.isEqualTo(RequestStatus.AWAITING_APPROVAL);
	}

	@Test
	void aSplitPurchaseIsCommittedPerEntityAndNeedsEveryEntitysVisumAndApproval() {
		var request = submit(JOINT_HEAD, "39", "20000.01", List.of(code("GEM", "2410000"), code("OCMW", "2410000")),
				List.of("50", "50"));
		assertThat(request.getShares()).extracting(share -> share.getAmount().toPlainString())
			.containsExactly("10000.01", "10000.00");
		workflow.confirmProcedure(request.getId(), request.getVersion(), Procedure.BEPERKTE_WAARDE, null, false);
		request = reload(request, JOINT_HEAD);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.AWAITING_VISUM);
		assertThat(request.getShares()).noneMatch(share -> share.isCommitted());

		workflow.visum(request.getId(), request.getVersion(), "GEM", Visum.GIVEN, null, FD);
		request = reload(request, JOINT_HEAD);
		assertThat(request.share("GEM").isCommitted()).isTrue();
		assertThat(request.getStatus()).as("OCMW still waits").isEqualTo(RequestStatus.AWAITING_VISUM);
		var beforeVisum = request;
		assertThatThrownBy(() -> workflow.approveAsGeneralDirector(beforeVisum.getId(), beforeVisum.getVersion(), "GEM", AD))
			.isInstanceOf(RuleViolation.class);

		workflow.visum(request.getId(), request.getVersion(), "OCMW", Visum.CONDITIONAL, "Na de begrotingswijziging.", FD);
		request = reload(request, JOINT_HEAD);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.AWAITING_APPROVAL);

		// gemeente: 10,000 is within the algemeen directeur's 30,000; OCMW: 10,000.01 within his 15,000
		workflow.approveAsGeneralDirector(request.getId(), request.getVersion(), "GEM", AD);
		request = reload(request, JOINT_HEAD);
		assertThat(request.getStatus()).as("the OCMW has not approved yet").isEqualTo(RequestStatus.AWAITING_APPROVAL);
		var halfApproved = request;
		assertThatThrownBy(() -> workflow.order(halfApproved.getId(), halfApproved.getVersion(), 1L,
				List.of(new PurchaseRequest.LineDraft("Kast", BigDecimal.ONE, new BigDecimal("100"))), 1L, null))
			.isInstanceOf(RuleViolation.class);
		workflow.approveAsGeneralDirector(request.getId(), request.getVersion(), "OCMW", AD);
		assertThat(reload(request, JOINT_HEAD).getStatus()).isEqualTo(RequestStatus.APPROVED);
	}

	@Test
	void theAlgemeenDirecteurCannotApproveBeyondHisDelegationAndTheSecretariatRecordsTheCompetentBody() {
		var request = submit(HEAD, "72", "45000", List.of(code("GEM", "2420000")), List.of("100"));
		workflow.confirmProcedure(request.getId(), request.getVersion(), Procedure.ONDERHANDELING_ZONDER_BEKENDMAKING, null, false);
		request = reload(request, HEAD);
		workflow.visum(request.getId(), request.getVersion(), "GEM", Visum.GIVEN, null, FD);
		var approving = reload(request, HEAD);
		assertThat(workflow.competentBodies(approving.share("GEM"))).first().isEqualTo(DecisionBody.COLLEGE);
		assertThatThrownBy(() -> workflow.approveAsGeneralDirector(approving.getId(), approving.getVersion(), "GEM", AD))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("purchasing.approval.noDelegation");
		assertThatThrownBy(() -> workflow.recordDecision(approving.getId(), approving.getVersion(), "GEM",
				DecisionBody.VAST_BUREAU, workflow.today(), "VB/1", SECRETARIAT))
			.as("the vast bureau decides for the OCMW, not the gemeente")
			.isInstanceOf(RuleViolation.class);
		workflow.recordDecision(approving.getId(), approving.getVersion(), "GEM", DecisionBody.COLLEGE, workflow.today(),
				"CBS/2026/77", SECRETARIAT);
		var approved = reload(request, HEAD);
		assertThat(approved.getStatus()).isEqualTo(RequestStatus.APPROVED);
		assertThat(approved.share("GEM").getDecisionNumber()).isEqualTo("CBS/2026/77");
	}

	@Test
	void withoutEnoughCreditTheShareIsBlockedUnlessItGoesToTheCouncil() {
		var code = code("GEM", "2210000");
		var free = workflow.freeCredit(code.getId(), null);
		var request = submit(HEAD, "45", free.add(new BigDecimal("1000")).toPlainString(), List.of(code), List.of("100"));
		assertThatThrownBy(() -> workflow.confirmProcedure(request.getId(), request.getVersion(),
				request.getProcedure().getProposed(), null, false))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("purchasing.credit.insufficient");
		workflow.confirmProcedure(request.getId(), request.getVersion(), request.getProcedure().getProposed(), null, true);
		var routed = reload(request, HEAD);
		assertThat(routed.share("GEM").isToCouncil()).isTrue();
		assertThat(workflow.competentBodies(routed.share("GEM"))).containsExactly(DecisionBody.GEMEENTERAAD);
	}

	@Test
	void badInputIsRefusedAndNothingIsSaved() {
		var before = jdbc.sql("select count(*) from pu_request").query(Long.class).single();
		assertThatThrownBy(() -> submit(HEAD, "30", "1000", List.of(code("OCMW", "2420000")), List.of("100")))
			.as("Burgerzaken works for the gemeente only")
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("purchasing.split.entityNotOfUnit");
		assertThatThrownBy(() -> submit(JOINT_HEAD, "30", "1000", List.of(code("GEM", "2420000"), code("OCMW", "2420000")),
				List.of("60", "30")))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("purchasing.split.percentagesSum");
		assertThatThrownBy(() -> submit(HEAD, "30", "-5", List.of(code("GEM", "2420000")), List.of("100")))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> submit(HEAD, "30", "5000000000", List.of(code("GEM", "2420000")), List.of("100")))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("purchasing.amount.absurd");
		assertThat(jdbc.sql("select count(*) from pu_request").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aDoubleSubmissionGivesTheSameRequestAndAStaleVersionIsDetected() {
		var unit = workflow.ownUnits(HEAD).get(0);
		var token = UUID.randomUUID();
		var submission = new PurchasingWorkflow.Submission(new PurchaseRequest.Draft("Dubbel", "30", new BigDecimal("500"),
				new BigDecimal("21"), desired(), "Test."), unit.id().value(), true, List.of(code("GEM", "2420000").getId()),
				List.of(new BigDecimal("100")), token);
		var first = workflow.submit(submission, HEAD);
		var second = workflow.submit(submission, HEAD);
		assertThat(second.getId()).isEqualTo(first.getId());
		workflow.confirmProcedure(first.getId(), first.getVersion(), Procedure.BEPERKTE_WAARDE, null, false);
		assertThatThrownBy(() -> workflow.confirmProcedure(first.getId(), first.getVersion(), Procedure.BEPERKTE_WAARDE, null, false))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
	}

	@Test
	void theThreeWayCheckFlagsAShortDeliveryAndAnInvoiceThatDoesNotMatchWhatWasReceived() {
		var request = submit(HEAD, "30", "3000", List.of(code("GEM", "6140000")), List.of("100"));
		assertThatThrownBy(() -> workflow.order(request.getId(), request.getVersion(), 1L,
				List.of(new PurchaseRequest.LineDraft("Toner", new BigDecimal("10"), new BigDecimal("300"))), 1L, null))
			.as("no order before the procedure, the visum and the approval")
			.isInstanceOf(RuleViolation.class);
		workflow.confirmProcedure(request.getId(), request.getVersion(), Procedure.BEPERKTE_WAARDE, null, false);
		var exempt = reload(request, HEAD);
		assertThat(exempt.share("GEM").getVisum()).as("3,000 is within the exemption").isEqualTo(Visum.EXEMPT);
		workflow.approveAsGeneralDirector(exempt.getId(), exempt.getVersion(), "GEM", AD);
		var supplier = masterData.suppliers().get(0);
		var building = jdbc.sql("select id from dir_building where active order by id limit 1").query(Long.class).single();
		var approved = reload(request, HEAD);
		assertThatThrownBy(() -> workflow.order(approved.getId(), approved.getVersion(), supplier.getId(),
				List.of(new PurchaseRequest.LineDraft("Toner", new BigDecimal("11"), new BigDecimal("300"))), building, null))
			.as("more than the committed value")
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("purchasing.order.exceedsCommitment");
		workflow.order(approved.getId(), approved.getVersion(), supplier.getId(),
				List.of(new PurchaseRequest.LineDraft("Toner", new BigDecimal("10"), new BigDecimal("300"))), building, null);
		var ordered = reload(request, HEAD);
		assertThat(ordered.getOrder().getOrderNumber()).matches("GEM-BB-\\d{4}-\\d{4}");
		workflow.registerDelivery(ordered.getId(), ordered.getVersion(), List.of(new BigDecimal("8")));
		var delivered = reload(request, HEAD);
		workflow.registerInvoice(delivered.getId(), delivered.getVersion(), "F-1", workflow.today(), new BigDecimal("3000"), HEAD);
		var check = workflow.threeWayCheck(reload(request, HEAD));
		assertThat(check.ordered()).isEqualByComparingTo("3000");
		assertThat(check.received()).isEqualByComparingTo("2400");
		assertThat(check.mismatches()).containsExactly("purchasing.check.lineQuantity", "purchasing.check.receivedDiffers",
				"purchasing.check.invoicedDiffersFromReceived");
		assertThat(check.matches()).isFalse();
	}

	@Test
	void aDepartmentHeadSeesOnlyTheRequestsOfTheirOwnUnits() {
		var other = submit(JOINT_HEAD, "30", "700", List.of(code("GEM", "2420000")), List.of("100"));
		assertThatThrownBy(() -> workflow.request(other.getId(), HEAD)).isInstanceOf(ResponseStatusException.class);
		assertThat(workflow.request(other.getId(), FD).getId()).isEqualTo(other.getId());
	}

}

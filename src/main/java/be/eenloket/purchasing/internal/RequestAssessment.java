package be.eenloket.purchasing.internal;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * Proposes a request's procedure from the threshold table of the day and runs the splitting guard: a request is
 * flagged when it pushes its entity's purchases of the category in the budget year over a limit that the
 * purchases before it, and the request alone, stay under.
 */
@Component
class RequestAssessment {

	private final MasterData masterData;

	private final Commitments commitments;

	RequestAssessment(MasterData masterData, Commitments commitments) {
		this.masterData = masterData;
		this.commitments = commitments;
	}

	void assess(PurchaseRequest request, LocalDate today) {
		var table = masterData.thresholdTable();
		var proposal = table.propose(request.getEstimatedValue(), request.getCategory(), today);
		request.propose(proposal, Reason.encode(proposal.reasonKey(), Money.format(proposal.value()),
				Money.format(proposal.limit()), proposal.limitFrom()));
		request.flagSplitting(splittingReason(request, table, today));
	}

	private String splittingReason(PurchaseRequest request, ThresholdTable table, LocalDate today) {
		for (var share : request.getShares()) {
			var before = commitments.inCategory(share.getLegalEntityCode(), request.getCategory(),
					request.getBudgetYear(), request.getId());
			var together = before.add(share.getAmount());
			for (var limit : table.limitsOn(today, request.getCategory())) {
				if (before.compareTo(limit.limit()) < 0 && share.getAmount().compareTo(limit.limit()) < 0
						&& together.compareTo(limit.limit()) >= 0) {
					return Reason.encode("purchasing.splitting.reason", share.getLegalEntityCode(),
							request.getCategory(), request.getBudgetYear(), Money.format(before),
							Money.format(together), Money.format(limit.limit()));
				}
			}
		}
		return null;
	}

}

package be.eenloket.purchasing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import be.eenloket.kernel.RuleViolation;

/**
 * How a request's cost is split over the legal entities that pay: one {@link RequestShare} per entity, each with
 * its own credit check, visum and approval. A view over the request's own share list (the shares stay part of the
 * {@link PurchaseRequest} aggregate and are mapped there); it holds the rules that concern all shares together.
 */
final class CostSplit {

	private final List<RequestShare> shares;

	private CostSplit(List<RequestShare> shares) {
		this.shares = shares;
	}

	static CostSplit over(List<RequestShare> shares) {
		return new CostSplit(shares);
	}

	/**
	 * The shares for a new request: at least one, each on a budget code of the request's budget year, one per
	 * entity, positive, together exactly the estimated value.
	 */
	static List<RequestShare> of(List<PurchaseRequest.ShareDraft> drafts, int budgetYear, BigDecimal value) {
		RuleViolation.require(!drafts.isEmpty(), "shares", "purchasing.split.none");
		var result = new ArrayList<RequestShare>();
		var entities = new HashSet<String>();
		var sum = BigDecimal.ZERO;
		for (var i = 0; i < drafts.size(); i++) {
			var draft = drafts.get(i);
			var code = draft.budgetCode();
			var field = "shares[" + i + "].budgetCodeId";
			RuleViolation.require(code != null, field, "purchasing.split.budgetCodeRequired");
			RuleViolation.require(code.getBudgetYear() == budgetYear, field, "purchasing.split.budgetCodeYear",
					code.getBudgetYear(), budgetYear);
			RuleViolation.require(entities.add(code.getLegalEntityCode()), field, "purchasing.split.entityTwice",
					code.getLegalEntityCode());
			var amount = Money.positive(draft.amount(), "shares[" + i + "].value");
			sum = sum.add(amount);
			result.add(new RequestShare(i + 1, code, amount, draft.percentage()));
		}
		RuleViolation.require(sum.compareTo(value) == 0, "shares", "purchasing.split.amountsSum", Money.format(sum),
				Money.format(value));
		return result;
	}

	/**
	 * Checks each share against the credit still free on its budget code: without enough credit the share goes to
	 * the entity's council, which the purchaser must have said explicitly.
	 */
	void checkCredit(Function<RequestShare, BigDecimal> freeCredit, boolean routeToCouncil) {
		for (var share : shares) {
			var free = freeCredit.apply(share);
			if (free.compareTo(share.getAmount()) < 0) {
				RuleViolation.require(routeToCouncil, "routeToCouncil", "purchasing.credit.insufficient",
						share.getLegalEntityCode(), Money.format(free), Money.format(share.getAmount()));
				share.routeToCouncil();
			}
		}
	}

	/** Shares covered by the visum exemption are committed at once. */
	void exemptWhere(Predicate<RequestShare> exempt, LocalDate today) {
		for (var share : shares) {
			if (exempt.test(share)) {
				share.exempt(today);
			}
		}
	}

	boolean visumClearsAll() {
		return shares.stream().allMatch(share -> share.getVisum().clears());
	}

	boolean approvedByAll() {
		return shares.stream().allMatch(RequestShare::isApproved);
	}

	RequestShare of(String legalEntityCode) {
		return shares.stream().filter(share -> share.getLegalEntityCode().equals(legalEntityCode)).findFirst()
			.orElseThrow(() -> new RuleViolation("legalEntity", "purchasing.share.unknown", legalEntityCode));
	}

	/** The largest payer; of equal payers the first. */
	RequestShare lead() {
		return shares.stream().max(Comparator.comparing(RequestShare::getAmount)
			.thenComparing(share -> -share.getPosition())).orElseThrow();
	}

}

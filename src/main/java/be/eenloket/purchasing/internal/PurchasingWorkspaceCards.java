package be.eenloket.purchasing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import be.eenloket.identity.Role;
import be.eenloket.shared.WorkspaceCards;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Purchasing on the workspace, with what waits for whom: the purchaser the submitted requests (procedure to
 * confirm), the financieel directeur the visa, the algemeen directeur and the secretariat the approvals. A
 * department head gets the requests of their units; the access policy hides the rest.
 */
@Component
class PurchasingWorkspaceCards implements WorkspaceCards {

	private final JdbcClient jdbc;

	PurchasingWorkspaceCards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Card> cardsFor(String username, Set<Role> roles) {
		var cards = new ArrayList<Card>();
		var dashboard = Card.of(50, "/aankoop", "nav.purchasing", "workspace.purchasing.text");
		if (roles.contains(Role.PURCHASER)) {
			dashboard = dashboard.withCount("workspace.purchasing.submitted", count(RequestStatus.SUBMITTED));
		}
		cards.add(dashboard);
		if (roles.contains(Role.FINANCIAL_DIRECTOR)) {
			cards.add(Card.of(51, "/aankoop/aanvragen?status=AWAITING_VISUM", "workspace.purchasing.visum.title",
					"workspace.purchasing.visum.text")
				.withCount("workspace.purchasing.visum.count", count(RequestStatus.AWAITING_VISUM)));
		}
		if (roles.contains(Role.GENERAL_DIRECTOR) || roles.contains(Role.SECRETARIAT)) {
			cards.add(Card.of(52, "/aankoop/aanvragen?status=AWAITING_APPROVAL", "workspace.purchasing.approval.title",
					"workspace.purchasing.approval.text")
				.withCount("workspace.purchasing.approval.count", count(RequestStatus.AWAITING_APPROVAL)));
		}
		cards.add(Card.of(53, "/aankoop/aanvragen", "workspace.purchasing.requests.title",
				"workspace.purchasing.requests.text"));
		return cards;
	}

	private long count(RequestStatus status) {
		return jdbc.sql("select count(*) from pu_request where status = ?").param(status.name()).query(Long.class).single();
	}

}

package be.eenloket.shared.internal;

import java.util.List;
import java.util.Set;

import be.eenloket.identity.Role;
import be.eenloket.shared.WorkspaceCards;
import org.springframework.stereotype.Component;

/** The administrator's and DPO's places on the staff workspace. */
@Component
class SharedWorkspaceCards implements WorkspaceCards {

	@Override
	public List<Card> cardsFor(String username, Set<Role> roles) {
		return List.of(Card.of(900, "/admin/accounts", "nav.accounts", "workspace.accounts.text"),
				Card.of(910, "/admin/legal-entities", "nav.legalEntities", "workspace.legalEntities.text"),
				Card.of(920, "/admin/audit", "nav.audit", "workspace.audit.text"));
	}

}

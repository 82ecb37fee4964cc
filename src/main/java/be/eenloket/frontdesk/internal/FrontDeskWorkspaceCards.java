package be.eenloket.frontdesk.internal;

import java.util.List;
import java.util.Set;

import be.eenloket.identity.Role;
import be.eenloket.shared.WorkspaceCards;
import org.springframework.stereotype.Component;

/** The front desk console and the units' mail on the staff workspace. */
@Component
class FrontDeskWorkspaceCards implements WorkspaceCards {

	@Override
	public List<Card> cardsFor(String username, Set<Role> roles) {
		return List.of(Card.of(10, "/onthaal", "nav.frontdesk", "workspace.frontdesk.text"),
				Card.of(400, "/post", "nav.unitMail", "workspace.unitMail.text"));
	}

}

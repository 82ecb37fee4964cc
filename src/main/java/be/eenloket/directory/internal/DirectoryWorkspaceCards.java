package be.eenloket.directory.internal;

import java.util.List;
import java.util.Set;

import be.eenloket.identity.Role;
import be.eenloket.shared.WorkspaceCards;
import org.springframework.stereotype.Component;

/** The directory editor on the staff workspace. */
@Component
class DirectoryWorkspaceCards implements WorkspaceCards {

	@Override
	public List<Card> cardsFor(String username, Set<Role> roles) {
		return List.of(Card.of(300, "/beheer/dienstengids", "nav.directoryEditor", "workspace.directoryEditor.text"));
	}

}

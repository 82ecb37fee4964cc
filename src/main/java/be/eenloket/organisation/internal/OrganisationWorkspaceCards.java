package be.eenloket.organisation.internal;

import java.util.List;
import java.util.Set;

import be.eenloket.identity.Role;
import be.eenloket.shared.WorkspaceCards;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The organogram on the staff workspace, with the drafts waiting for the algemeen directeur's approval. */
@Component
class OrganisationWorkspaceCards implements WorkspaceCards {

	private final JdbcClient jdbc;

	OrganisationWorkspaceCards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Card> cardsFor(String username, Set<Role> roles) {
		var organogram = Card.of(100, "/organogram", "nav.organogram", "workspace.organogram.text");
		var drafts = Card.of(110, "/organogram/herstructureringen", "workspace.reorganisations.title",
				"workspace.reorganisations.text");
		if (roles.contains(Role.GENERAL_DIRECTOR) || roles.contains(Role.SECRETARIAT)) {
			var open = jdbc.sql("select count(*) from org_reorganisation where status = 'DRAFT'")
				.query(Long.class)
				.single();
			drafts = drafts.withCount("workspace.reorganisations.count", open);
		}
		return List.of(organogram, drafts);
	}

}

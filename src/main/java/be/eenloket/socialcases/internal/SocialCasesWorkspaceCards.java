package be.eenloket.socialcases.internal;

import java.util.List;
import java.util.Set;

import be.eenloket.identity.Role;
import be.eenloket.shared.WorkspaceCards;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The intake inbox on the social service's workspace, with the requests nobody has taken in charge yet. */
@Component
class SocialCasesWorkspaceCards implements WorkspaceCards {

	private final JdbcClient jdbc;

	SocialCasesWorkspaceCards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Card> cardsFor(String username, Set<Role> roles) {
		var inbox = Card.of(20, "/sociale-dienst/intake", "nav.socialIntake", "workspace.socialIntake.text");
		if (roles.contains(Role.SOCIAL_WORKER) || roles.contains(Role.SOCIAL_SERVICE_HEAD)) {
			// a count only: no names leave the module, so reading it is not a read of case data
			inbox = inbox.withCount("workspace.socialIntake.count",
					jdbc.sql("select count(*) from sc_intake where status = 'NEW'").query(Long.class).single());
		}
		return List.of(inbox);
	}

}

package be.eenloket.socialcases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import be.eenloket.identity.Role;
import be.eenloket.shared.WorkspaceCards;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The social service's places on the workspace: the intake inbox with the requests nobody took yet, the case files
 * with the requests past or near their decision deadline (the worker's own, or all for the head), the BCSD's
 * meetings and urgent decisions, the figures and, for the DPO, the access log and the closed files awaiting
 * anonymisation. Counts only: no name or case data leaves the module through a card, so reading one is not a read of
 * a file.
 */
@Component
class SocialCasesWorkspaceCards implements WorkspaceCards {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Anonymisation anonymisation;

	SocialCasesWorkspaceCards(JdbcClient jdbc, Clock clock, Anonymisation anonymisation) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.anonymisation = anonymisation;
	}

	@Override
	public List<Card> cardsFor(String username, Set<Role> roles) {
		var inbox = Card.of(20, "/sociale-dienst/intake", "nav.socialIntake", "workspace.socialIntake.text");
		var files = Card.of(21, "/sociale-dienst/dossiers", "nav.socialFiles", "workspace.socialFiles.text");
		var head = roles.contains(Role.SOCIAL_SERVICE_HEAD);
		if (head || roles.contains(Role.SOCIAL_WORKER)) {
			inbox = inbox.withCount("workspace.socialIntake.count",
					jdbc.sql("select count(*) from sc_intake where status = 'NEW'").query(Long.class).single());
			files = files.withCount("workspace.socialFiles.count", dueSoon(username, head));
		}
		var retention = Card.of(931, "/sociale-dienst/bewaartermijn", "retention.title", "workspace.socialRetention.text");
		if (roles.contains(Role.DPO)) {
			retention = retention.withCount("workspace.socialRetention.count", anonymisation.awaitingCount());
		}
		return List.of(inbox, files, retention,
				Card.of(22, "/sociale-dienst/termijnen", "workspace.socialDeadlines.title", "workspace.socialDeadlines.text"),
				Card.of(23, "/sociale-dienst/cijfers", "nav.socialFigures", "workspace.socialFigures.text"),
				Card.of(30, "/bcsd/vergaderingen", "nav.bcsd", "workspace.bcsd.text"),
				Card.of(31, "/bcsd/spoedbeslissingen", "nav.bcsdUrgent", "workspace.bcsdUrgent.text"),
				Card.of(930, "/sociale-dienst/toegangslog", "nav.socialAccessLog", "workspace.socialAccessLog.text"));
	}

	/** Open requests whose decision deadline has passed or falls within {@link Intakes#SOON_DAYS} days. */
	private long dueSoon(String username, boolean head) {
		return jdbc.sql("""
				select count(*) from sc_aid_request r
				where r.status in ('OPEN', 'PROPOSED') and r.decide_by <= :limit
				  and (:all or exists (select 1 from sc_case_worker w
				                       where w.case_file_id = r.case_file_id and w.username = :username))""")
			.param("limit", LocalDate.now(clock).plusDays(Intakes.SOON_DAYS))
			.param("all", head)
			.param("username", username)
			.query(Long.class)
			.single();
	}

}

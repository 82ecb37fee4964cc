package be.eenloket.shared.web;

import java.util.Comparator;
import java.util.List;

import be.eenloket.identity.AccessPolicy;
import be.eenloket.identity.Role;
import be.eenloket.shared.WorkspaceCards;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where staff land after logging in: a card for every place their roles open, with what needs them today (new
 * intakes, drafts to approve, …), instead of the citizens' home page.
 */
@Controller
class WorkspaceController {

	static final String WORKSPACE = "shared/workspace";

	private final List<WorkspaceCards> contributions;

	private final AccessPolicy policy;

	WorkspaceController(List<WorkspaceCards> contributions, AccessPolicy policy) {
		this.contributions = contributions;
		this.policy = policy;
	}

	@GetMapping("/werkplek")
	String workspace(Authentication authentication, Model model) {
		var roles = Role.of(authentication);
		var cards = contributions.stream()
			.flatMap(module -> module.cardsFor(authentication.getName(), roles).stream())
			.filter(card -> policy.allows(HttpMethod.GET, pathOf(card), roles))
			.sorted(Comparator.comparing((WorkspaceCards.Card card) -> !card.hasWork()).thenComparingInt(WorkspaceCards.Card::order))
			.toList();
		model.addAttribute("cards", cards);
		return WORKSPACE;
	}

	/** The policy speaks of paths; a card may link to a filtered list ({@code /aankoop/aanvragen?status=…}). */
	private static String pathOf(WorkspaceCards.Card card) {
		var query = card.path().indexOf('?');
		return query < 0 ? card.path() : card.path().substring(0, query);
	}

}

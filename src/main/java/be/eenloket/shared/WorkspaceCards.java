package be.eenloket.shared;

import java.util.List;
import java.util.Set;

import be.eenloket.identity.Role;

/**
 * A module's contribution to the staff workspace ({@code /werkplek}), where staff land after logging in: one card per
 * place they work in, with what needs them today. The workspace shows a card only when the access policy lets the
 * user open its path, so a module may offer cards to every role and let the policy decide.
 */
public interface WorkspaceCards {

	/** The cards this module offers a user with {@code roles}; counts are computed only for those roles. */
	List<Card> cardsFor(String username, Set<Role> roles);

	/**
	 * One card: a link to {@code path} titled by {@code titleKey}, described by {@code textKey}, and, when there is
	 * something to do, {@code count} items described by {@code countKey} (a message with the count as {0}).
	 */
	record Card(int order, String path, String titleKey, String textKey, String countKey, long count) {

		public static Card of(int order, String path, String titleKey, String textKey) {
			return new Card(order, path, titleKey, textKey, null, 0);
		}

		public Card withCount(String key, long value) {
			return new Card(order, path, titleKey, textKey, key, value);
		}

		public boolean hasWork() {
			return countKey != null && count > 0;
		}

	}

}

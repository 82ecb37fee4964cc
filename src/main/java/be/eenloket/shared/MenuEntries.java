package be.eenloket.shared;

import java.util.List;

/**
 * A module's entries in the main navigation of the page layout. The layout shows an entry only when the access policy
 * lets the user open its path with {@code GET}, so a module lists its entries once, for everyone, and the policy
 * decides (as {@code sec:authorize-url} did when the layout listed every module's pages itself).
 */
public interface MenuEntries {

	List<Entry> entries();

	/**
	 * One link of the navigation: to {@code path}, labelled by {@code messageKey}; entries of all modules are shown
	 * by ascending {@code order}.
	 */
	record Entry(int order, String path, String messageKey) {
	}

}

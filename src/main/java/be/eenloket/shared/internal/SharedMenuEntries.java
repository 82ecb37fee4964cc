package be.eenloket.shared.internal;

import java.util.List;

import be.eenloket.shared.MenuEntries;
import org.springframework.stereotype.Component;

/**
 * The administration pages at the end of the navigation. The accounts and the audit log belong to {@code identity},
 * which depends on nothing and so cannot contribute to the layout itself; shared lists them, as on the workspace.
 */
@Component
class SharedMenuEntries implements MenuEntries {

	@Override
	public List<Entry> entries() {
		return List.of(new Entry(900, "/admin/accounts", "nav.accounts"),
				new Entry(910, "/admin/legal-entities", "nav.legalEntities"),
				new Entry(920, "/admin/audit", "nav.audit"));
	}

}

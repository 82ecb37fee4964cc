package be.eenloket.purchasing.internal;

import java.util.List;

import be.eenloket.shared.MenuEntries;
import org.springframework.stereotype.Component;

/** The purchase requests in the main navigation. */
@Component
class PurchasingMenuEntries implements MenuEntries {

	@Override
	public List<Entry> entries() {
		return List.of(new Entry(600, "/aankoop/aanvragen", "nav.purchasing"));
	}

}

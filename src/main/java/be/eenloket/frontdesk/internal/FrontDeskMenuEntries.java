package be.eenloket.frontdesk.internal;

import java.util.List;

import be.eenloket.shared.MenuEntries;
import org.springframework.stereotype.Component;

/** The onthaal console and the units' mail in the main navigation. */
@Component
class FrontDeskMenuEntries implements MenuEntries {

	@Override
	public List<Entry> entries() {
		return List.of(new Entry(200, "/onthaal", "nav.frontdesk"), new Entry(700, "/post", "nav.unitMail"));
	}

}

package be.eenloket.organisation.internal;

import java.util.List;

import be.eenloket.shared.MenuEntries;
import org.springframework.stereotype.Component;

/** The public organisation chart (for everyone) and the staff organogram in the main navigation. */
@Component
class OrganisationMenuEntries implements MenuEntries {

	@Override
	public List<Entry> entries() {
		return List.of(new Entry(100, "/organisatie", "nav.publicChart"), new Entry(110, "/organogram", "nav.organogram"));
	}

}

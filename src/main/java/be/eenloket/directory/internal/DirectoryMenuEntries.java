package be.eenloket.directory.internal;

import java.util.List;

import be.eenloket.shared.MenuEntries;
import org.springframework.stereotype.Component;

/** The directory editor in the main navigation (the public directory is the home page). */
@Component
class DirectoryMenuEntries implements MenuEntries {

	@Override
	public List<Entry> entries() {
		return List.of(new Entry(300, "/beheer/dienstengids", "nav.directoryEditor"));
	}

}

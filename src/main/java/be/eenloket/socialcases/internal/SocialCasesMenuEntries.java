package be.eenloket.socialcases.internal;

import java.util.List;

import be.eenloket.shared.MenuEntries;
import org.springframework.stereotype.Component;

/** The social service's places in the main navigation: intake, files, figures, access log and the BCSD. */
@Component
class SocialCasesMenuEntries implements MenuEntries {

	@Override
	public List<Entry> entries() {
		return List.of(new Entry(400, "/sociale-dienst/intake", "nav.socialIntake"),
				new Entry(410, "/sociale-dienst/dossiers", "nav.socialFiles"),
				new Entry(420, "/sociale-dienst/cijfers", "nav.socialFigures"),
				new Entry(430, "/sociale-dienst/toegangslog", "nav.socialAccessLog"),
				new Entry(440, "/bcsd/vergaderingen", "nav.bcsd"),
				new Entry(450, "/bcsd/spoedbeslissingen", "nav.bcsdUrgent"));
	}

}

package be.eenloket.directory.internal;

import java.util.List;

import be.eenloket.identity.AccessRule;
import be.eenloket.identity.AccessRules;
import be.eenloket.identity.Role;
import java.util.EnumSet;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** The public directory is for everyone, without logging in; its editors are the redactie, secretariat and administrators. */
@Component
@Order(300)
class DirectoryAccessRules implements AccessRules {

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.roles(EnumSet.of(Role.DIRECTORY_EDITOR, Role.SECRETARIAT, Role.ADMIN),
				"/beheer/dienstengids", "/beheer/dienstengids/**"),
				AccessRule.anyone("/", "/zoeken", "/producten/{slug}", "/diensten/{slug}", "/gebouwen", "/gebouwen/{slug}",
				"/gebouwen/{slug}/verdiepingen/{level}", "/gebouwen/{slug}/wegwijzer", "/gebouwen/{slug}/wegwijzer.pdf",
				"/gebouwen/{slug}/verdiepingen/{level}/wegwijzer", "/gebouwen/{slug}/verdiepingen/{level}/wegwijzer.pdf",
				"/open-data/dienstengids.json", "/open-data/zoeken.json").onlyFor(HttpMethod.GET, HttpMethod.HEAD));
	}

}

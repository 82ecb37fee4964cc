package be.eenloket.socialcases.internal;

import java.util.EnumSet;
import java.util.List;

import be.eenloket.identity.AccessRule;
import be.eenloket.identity.AccessRules;
import be.eenloket.identity.Role;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Need-to-know: only the social service opens social case data, and within it each file checks who reads it
 * ({@link FileAccess}). Administrators and the front desk do not, although the front desk registers the requests;
 * the DPO reads the access log, never the files.
 */
@Component
@Order(700)
class SocialCasesAccessRules implements AccessRules {

	static final EnumSet<Role> SOCIAL_SERVICE = EnumSet.of(Role.SOCIAL_WORKER, Role.SOCIAL_SERVICE_HEAD);

	static final EnumSet<Role> BCSD = EnumSet.of(Role.BCSD_SECRETARY, Role.BCSD_CHAIR, Role.BCSD_MEMBER);

	@Override
	public List<AccessRule> rules() {
		return List.of(
				// only the head assigns files
				AccessRule.roles(EnumSet.of(Role.SOCIAL_SERVICE_HEAD), "/sociale-dienst/dossiers/*/toewijzing")
					.onlyFor(HttpMethod.POST),
				// figures without names, for management
				AccessRule.roles(EnumSet.of(Role.SOCIAL_SERVICE_HEAD, Role.GENERAL_DIRECTOR), "/sociale-dienst/cijfers"),
				AccessRule.roles(EnumSet.of(Role.DPO), "/sociale-dienst/toegangslog", "/sociale-dienst/toegangslog.csv"),
				// the DPO approves the anonymisation of files past retention; nobody else, the head included
				AccessRule.roles(EnumSet.of(Role.DPO), "/sociale-dienst/bewaartermijn", "/sociale-dienst/bewaartermijn/**"),
				AccessRule.roles(SOCIAL_SERVICE, "/sociale-dienst/**"),
				// the BCSD: its members read agendas (each meeting checks its notice period), the chair decides urgent
				// cases, the secretary runs the meetings
				AccessRule.roles(BCSD, "/bcsd/vergaderingen", "/bcsd/vergaderingen/*/agenda").onlyFor(HttpMethod.GET),
				AccessRule.roles(EnumSet.of(Role.BCSD_CHAIR), "/bcsd/spoedbeslissingen"),
				AccessRule.roles(EnumSet.of(Role.BCSD_SECRETARY), "/bcsd/vergaderingen", "/bcsd/vergaderingen/**"));
	}

}

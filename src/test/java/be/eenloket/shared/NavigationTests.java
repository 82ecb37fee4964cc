package be.eenloket.shared;

import java.util.List;

import be.eenloket.identity.AccessPolicy;
import be.eenloket.identity.Role;
import be.eenloket.shared.internal.Navigation;
import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The main navigation that the modules contribute shows, for every role and for citizens, the same items in the same
 * order as the menu the layout used to list itself with {@code sec:authorize-url}.
 */
@IntegrationTest
class NavigationTests {

	/** The menu as the layout hard-coded it, in its order (home excepted: the layout still shows that itself). */
	static final List<String> FORMER_MENU = List.of("/organisatie", "/organogram", "/onthaal", "/beheer/dienstengids",
			"/sociale-dienst/intake", "/sociale-dienst/dossiers", "/sociale-dienst/cijfers", "/sociale-dienst/toegangslog",
			"/bcsd/vergaderingen", "/bcsd/spoedbeslissingen", "/aankoop/aanvragen", "/post", "/admin/accounts",
			"/admin/legal-entities", "/admin/audit");

	@Autowired
	Navigation navigation;

	@Autowired
	AccessPolicy policy;

	@Autowired
	MockMvc mvc;

	@Test
	void everyRoleSeesTheItemsItMayOpenInTheFormerOrder() {
		for (var role : Role.values()) {
			Authentication staff = new UsernamePasswordAuthenticationToken("test", null,
					List.of(new SimpleGrantedAuthority(role.authority())));
			assertThat(paths(navigation.entriesFor(staff))).as(role.name())
				.isNotEmpty()
				.containsExactlyElementsOf(FORMER_MENU.stream()
					.filter(path -> policy.allows(HttpMethod.GET, path, java.util.Set.of(role)))
					.toList());
		}
	}

	@Test
	void citizensSeeOnlyThePublicOrganisationChart() {
		var anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		assertThat(paths(navigation.entriesFor(anonymous))).containsExactly("/organisatie");
		assertThat(paths(navigation.entriesFor(null))).containsExactly("/organisatie");
	}

	@Test
	void theLayoutRendersTheEntriesOfTheSignedInUser() throws Exception {
		mvc.perform(get("/").with(user("beheerder").roles("ADMIN")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/admin/accounts\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
					"href=\"/sociale-dienst/dossiers\""))));
	}

	/**
	 * The public pages are kept in memory and the search page is put together from parts kept per language: what was
	 * rendered for a signed-in user (menu, name, form token) must never be kept and served to a citizen, and a signed-in
	 * user gets their own layout, not a citizen's kept one. First with a session id (how staff are signed in), then
	 * with a mock user without one (authenticated although the cache in front of the chain cannot tell).
	 */
	@Test
	void aPageRenderedForASignedInUserIsNeverServedToACitizen() throws Exception {
		for (var path : List.of("/", "/zoeken", "/zoeken?q=paspoort", "/producten/paspoort")) {
			mvc.perform(get(path)).andExpect(content().string(notAnAdminPage()));
			mvc.perform(get(path).with(staffSession()).with(user("beheerder").roles("ADMIN")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/admin/accounts\"")));
			mvc.perform(get(path).with(user("beheerder").roles("ADMIN")));
			mvc.perform(get(path)).andExpect(content().string(notAnAdminPage()));
		}
	}

	/** A request with a session id, as the servlet container reads it from a signed-in member of staff's cookie. */
	private static org.springframework.test.web.servlet.request.RequestPostProcessor staffSession() {
		return request -> {
			request.setRequestedSessionId("staff");
			return request;
		};
	}

	private static org.hamcrest.Matcher<String> notAnAdminPage() {
		return org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("<main"),
				org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("href=\"/admin/accounts\"")),
				org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("action=\"/logout\"")));
	}

	private static List<String> paths(List<MenuEntries.Entry> entries) {
		return entries.stream().map(MenuEntries.Entry::path).toList();
	}

}

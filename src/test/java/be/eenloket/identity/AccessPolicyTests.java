package be.eenloket.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every URL the application maps has an explicit access rule, and for anonymous citizens and every staff role
 * the application does exactly what the policy declares. A new endpoint without a rule fails this test.
 */
@IntegrationTest
class AccessPolicyTests {

	@Autowired
	MappedEndpoints endpoints;

	@Autowired
	AccessPolicy policy;

	@Autowired
	MockMvc mvc;

	record Call(HttpMethod method, String path) {
	}

	@Test
	void everyMappedEndpointHasAnExplicitRule() {
		var missing = new ArrayList<String>();
		for (var call : calls()) {
			if (policy.ruleFor(call.method(), call.path()).isEmpty()) {
				missing.add(call.method() + " " + call.path());
			}
		}
		assertThat(missing).as("mapped URLs without an access rule (add one to the module's AccessRules)").isEmpty();
		assertThat(calls()).as("the enumeration finds the controllers").contains(new Call(HttpMethod.GET, "/admin/accounts"),
				new Call(HttpMethod.POST, "/admin/accounts/new"), new Call(HttpMethod.GET, "/"));
	}

	@Test
	void theRulesLookedUpByFirstSegmentAreTheRulesAScanOfAllRulesFinds() {
		var parser = PathPatternParser.defaultInstance;
		var paths = new ArrayList<String>();
		calls().forEach(call -> paths.add(call.path()));
		paths.addAll(List.of("/", "", "//admin/accounts", "/ADMIN/accounts", "/adm%69n/accounts", "/admin;x=1/accounts",
				"/admin/accounts/", "/onbekend", "/assets/../admin/accounts", "/sociale-dienst", "/%2e%2e/admin"));
		for (var method : List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.DELETE)) {
			for (var path : paths) {
				var container = PathContainer.parsePath(path);
				var scanned = policy.rules()
					.stream()
					.filter(rule -> rule.coversMethod(method)
							&& rule.patterns().stream().anyMatch(pattern -> parser.parse(pattern).matches(container)))
					.findFirst();
				assertThat(policy.ruleFor(method, path)).as("%s %s", method, path).isEqualTo(scanned);
			}
		}
	}

	@Test
	void anonymousCitizensGetExactlyWhatThePolicyAllows() throws Exception {
		for (var call : calls()) {
			var allowed = policy.allows(call.method(), call.path(), Set.of());
			var result = mvc.perform(build(call)).andReturn();
			if (allowed) {
				assertThat(isDenied(result)).as("anonymous %s %s should be allowed", call.method(), call.path()).isFalse();
			}
			else {
				assertThat(isDenied(result)).as("anonymous %s %s should be refused (status %s)", call.method(),
						call.path(), result.getResponse().getStatus()).isTrue();
			}
		}
	}

	@Test
	void everyRoleGetsExactlyWhatThePolicyAllows() throws Exception {
		for (var role : Role.values()) {
			for (var call : calls()) {
				var allowed = policy.allows(call.method(), call.path(), EnumSet.of(role));
				var result = mvc.perform(build(call).with(user("policy-test-" + role.name().toLowerCase())
					.roles(role.name()))).andReturn();
				assertThat(result.getResponse().getStatus() == 403)
					.as("%s %s %s for %s (status %s)", call.method(), call.path(), allowed ? "allowed" : "refused", role,
							result.getResponse().getStatus())
					.isEqualTo(!allowed);
			}
		}
	}

	@Test
	void anUnmappedUrlIsANotFoundNotALoginPage() throws Exception {
		var result = mvc.perform(request(HttpMethod.GET, "/bestaat-niet")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aMappedUrlWithoutRuleIsRefusedEvenForAdministrators() {
		assertThat(policy.ruleFor(HttpMethod.GET, "/admin/something-new")).isEmpty();
		assertThat(policy.allows(HttpMethod.GET, "/admin/something-new", EnumSet.allOf(Role.class))).isFalse();
	}

	private MockHttpServletRequestBuilder build(Call call) {
		return request(call.method(), call.path()).with(csrf()).accept("text/html");
	}

	private static boolean isDenied(MvcResult result) {
		var status = result.getResponse().getStatus();
		var location = result.getResponse().getRedirectedUrl();
		return status == 403 || (status == 302 && location != null && location.endsWith("/login"));
	}

	/**
	 * Every mapped pattern as a concrete request: path variables become an id that does not exist (so a request
	 * that is allowed reaches its handler but changes nothing), wildcards a sample segment.
	 */
	private List<Call> calls() {
		var calls = new LinkedHashSet<Call>();
		for (var endpoint : endpoints.endpoints()) {
			var path = endpoint.pattern().replaceAll("\\{\\*[^}]*}", "sample").replaceAll("\\{[^}]*}", "999999999")
				.replace("/**", "/sample").replace("/*", "/sample");
			var methods = endpoint.methods().isEmpty() ? Set.of(HttpMethod.GET) : endpoint.methods();
			for (var method : methods) {
				calls.add(new Call(method, path));
			}
		}
		return new ArrayList<>(calls);
	}

}

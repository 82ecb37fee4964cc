package be.eenloket.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The access policy of the whole application: the rules of every module, in order. The security filter chain
 * asks this class for every request, and the tests read the same data, so what is declared is what is enforced.
 */
@Component
public class AccessPolicy {

	private record CompiledRule(AccessRule rule, List<PathPattern> patterns) {

		boolean matches(HttpMethod method, PathContainer path) {
			return rule.coversMethod(method) && patterns.stream().anyMatch(pattern -> pattern.matches(path));
		}

	}

	private final List<CompiledRule> rules = new ArrayList<>();

	AccessPolicy(List<AccessRules> moduleRules) {
		var parser = PathPatternParser.defaultInstance;
		moduleRules.stream().flatMap(module -> module.rules().stream()).forEach(rule -> rules
			.add(new CompiledRule(rule, rule.patterns().stream().map(parser::parse).toList())));
	}

	/** The first rule that covers a request for this method and path (without context path), if any. */
	public Optional<AccessRule> ruleFor(HttpMethod method, String path) {
		var container = PathContainer.parsePath(path);
		return rules.stream().filter(rule -> rule.matches(method, container)).map(CompiledRule::rule).findFirst();
	}

	/** Whether a user with these roles (empty for anonymous) may make this request. */
	public boolean allows(HttpMethod method, String path, Set<Role> userRoles) {
		return ruleFor(method, path).map(rule -> rule.allows(userRoles)).orElse(false);
	}

	public List<AccessRule> rules() {
		return rules.stream().map(CompiledRule::rule).toList();
	}

}

package be.eenloket.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

	/**
	 * The rules that can cover a path, by the path's first segment, in policy order: the rules with a pattern that
	 * starts with that literal segment and the rules whose first segment is a variable or wildcard. Every request is
	 * checked, so it reads a handful of rules instead of all of them (the order, and so the outcome, is the same).
	 */
	private final Map<String, List<CompiledRule>> bySegment = new HashMap<>();

	/** The rules whose patterns all start with a variable or a wildcard: for a first segment no rule names. */
	private final List<CompiledRule> anySegment;

	AccessPolicy(List<AccessRules> moduleRules) {
		var parser = PathPatternParser.defaultInstance;
		moduleRules.stream().flatMap(module -> module.rules().stream()).forEach(rule -> rules
			.add(new CompiledRule(rule, rule.patterns().stream().map(parser::parse).toList())));
		var literals = new HashSet<String>();
		rules.forEach(rule -> rule.patterns().forEach(pattern -> literalFirstSegment(pattern).ifPresent(literals::add)));
		for (var segment : literals) {
			bySegment.put(segment, rules.stream().filter(rule -> mayMatch(rule, segment)).toList());
		}
		anySegment = rules.stream().filter(rule -> mayMatch(rule, null)).toList();
	}

	/** The first rule that covers a request for this method and path (without context path), if any. */
	public Optional<AccessRule> ruleFor(HttpMethod method, String path) {
		var container = PathContainer.parsePath(path);
		var candidates = bySegment.getOrDefault(firstSegment(container), anySegment);
		for (var rule : candidates) {
			if (rule.matches(method, container)) {
				return Optional.of(rule.rule());
			}
		}
		return Optional.empty();
	}

	private static boolean mayMatch(CompiledRule rule, String segment) {
		return rule.patterns().stream().anyMatch(pattern -> literalFirstSegment(pattern)
			.map(literal -> literal.equals(segment))
			.orElse(true));
	}

	/** A pattern's first segment when it is plain text (no variable, wildcard or regular expression). */
	private static Optional<String> literalFirstSegment(PathPattern pattern) {
		var text = pattern.getPatternString();
		var first = text.startsWith("/") ? text.substring(1) : text;
		var end = first.indexOf('/');
		var segment = end < 0 ? first : first.substring(0, end);
		return segment.matches("[^{}*?]*") ? Optional.of(segment) : Optional.empty();
	}

	/** The first segment as PathPattern matches it: decoded, without matrix parameters. */
	private static String firstSegment(PathContainer path) {
		for (var element : path.elements()) {
			if (element instanceof PathContainer.PathSegment segment) {
				return segment.valueToMatch();
			}
		}
		return "";
	}

	/** Whether a user with these roles (empty for anonymous) may make this request. */
	public boolean allows(HttpMethod method, String path, Set<Role> userRoles) {
		return ruleFor(method, path).map(rule -> rule.allows(userRoles)).orElse(false);
	}

	public List<AccessRule> rules() {
		return rules.stream().map(CompiledRule::rule).toList();
	}

}

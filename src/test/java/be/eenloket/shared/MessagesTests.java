package be.eenloket.shared;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import be.eenloket.identity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text is in the message bundles, in Dutch and in English: no key missing in either language, no key used
 * that does not exist, and no literal text in templates.
 */
class MessagesTests {

	static final Path RESOURCES = Path.of("src/main/resources");

	static final Path TEMPLATES = RESOURCES.resolve("templates");

	static final Path JAVA = Path.of("src/main/java");

	static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	static final Pattern VALIDATION_KEY = Pattern.compile("message = \"\\{([A-Za-z0-9_.]+)}\"");

	static final Pattern CODE_KEY = Pattern
		.compile("(?:reject|rejectValue|RuleViolation|OrganisationProblem|Problem)\\([^;]*?\"([a-z][A-Za-z]+\\.[A-Za-z.]+)\"\\)");

	static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("\\s(alt|title|placeholder|aria-label|value|label)=\"([^\"]*\\p{L}[^\"]*)\"");

	@Test
	void everyModuleBundleIsConfiguredAndHasDutchAndEnglish() throws IOException {
		var configured = Files.readString(RESOURCES.resolve("application.properties"))
			.lines()
			.filter(line -> line.startsWith("spring.messages.basename="))
			.findFirst()
			.orElseThrow()
			.substring("spring.messages.basename=".length());
		assertThat(Set.of(configured.split(","))).containsExactlyInAnyOrderElementsOf(
				bundles().stream().map(bundle -> "i18n/" + bundle).toList());
		for (var bundle : bundles()) {
			var dutch = load(bundle + ".properties").stringPropertyNames();
			var english = load(bundle + "_en.properties").stringPropertyNames();
			assertThat(difference(dutch, english)).as("keys missing in %s_en.properties", bundle).isEmpty();
			assertThat(difference(english, dutch)).as("keys missing in %s.properties", bundle).isEmpty();
		}
	}

	@Test
	void noKeyIsDefinedInTwoModules() throws IOException {
		var seen = new java.util.HashMap<String, String>();
		var duplicates = new TreeSet<String>();
		for (var bundle : bundles()) {
			for (var key : load(bundle + ".properties").stringPropertyNames()) {
				var previous = seen.put(key, bundle);
				if (previous != null) {
					duplicates.add(key + " in " + previous + " and " + bundle);
				}
			}
		}
		assertThat(duplicates).isEmpty();
	}

	@Test
	void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
		var dutch = new TreeSet<String>();
		for (var bundle : bundles()) {
			dutch.addAll(load(bundle + ".properties").stringPropertyNames());
		}
		var used = new TreeSet<String>();
		for (var template : templates()) {
			STATIC_KEY.matcher(Files.readString(template)).results().forEach(match -> used.add(match.group(1)));
		}
		for (var source : javaSources()) {
			var code = Files.readString(source);
			VALIDATION_KEY.matcher(code).results().forEach(match -> used.add(match.group(1)));
			CODE_KEY.matcher(code).results().forEach(match -> used.add(match.group(1)));
		}
		for (var role : Role.values()) {
			used.add(role.messageKey());
		}
		for (var status : List.of(400, 403, 404, 405, 500)) {
			used.add("error." + status + ".title");
			used.add("error." + status + ".text");
		}
		assertThat(used).as("keys found").hasSizeGreaterThan(100);
		assertThat(difference(used, dutch)).as("keys used but not defined").isEmpty();
	}

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		var problems = new ArrayList<String>();
		for (var template : templates()) {
			var html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			var text = html.replaceAll("(?s)<[^>]*>", "\n");
			for (var line : text.split("\n")) {
				var trimmed = line.strip();
				if (!trimmed.isEmpty() && trimmed.codePoints().anyMatch(Character::isLetter)) {
					problems.add(TEMPLATES.relativize(template) + ": text \"" + trimmed + "\"");
				}
			}
			for (var tag : html.split("<")) {
				var matcher = LITERAL_ATTRIBUTE.matcher(" " + tag.replaceAll("\\bth:[a-z-]+=\"[^\"]*\"", ""));
				while (matcher.find()) {
					if (!(matcher.group(1).equals("value") && tag.contains("type=\"hidden\""))) {
						problems.add(TEMPLATES.relativize(template) + ": attribute " + matcher.group(0).strip());
					}
				}
			}
		}
		assertThat(problems).as("literal text in templates (use #{…} keys)").isEmpty();
	}

	@Test
	void theLiteralTextCheckCanFail() {
		var html = "<p>Hallo</p><p th:text=\"#{x}\"></p>".replaceAll("(?s)<[^>]*>", "\n");
		assertThat(Stream.of(html.split("\n")).map(String::strip).filter(s -> !s.isEmpty())).containsExactly("Hallo");
	}

	private static Set<String> difference(Set<String> left, Set<String> right) {
		var result = new TreeSet<>(left);
		result.removeAll(right);
		return result;
	}

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("i18n").resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	/** The module bundles: i18n/<module>.properties (Dutch) with i18n/<module>_en.properties (English). */
	private static List<String> bundles() throws IOException {
		try (var files = Files.list(RESOURCES.resolve("i18n"))) {
			return files.map(path -> path.getFileName().toString())
				.filter(name -> name.endsWith(".properties") && !name.contains("_"))
				.map(name -> name.substring(0, name.length() - ".properties".length()))
				.sorted()
				.toList();
		}
	}

	private static List<Path> templates() throws IOException {
		try (var files = Files.walk(TEMPLATES)) {
			return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static List<Path> javaSources() throws IOException {
		try (var files = Files.walk(JAVA)) {
			return files.filter(path -> path.toString().endsWith(".java")).sorted().toList();
		}
	}

}

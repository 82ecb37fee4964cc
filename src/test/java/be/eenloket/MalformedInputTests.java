package be.eenloket;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import be.eenloket.identity.AccessPolicy;
import be.eenloket.identity.Role;
import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every form and every query parameter, as every role and as an anonymous visitor, gets a corpus of malformed
 * input: overlong texts, NUL and other control characters, unusual unicode, impossible and absurd dates, huge and
 * negative numbers, wrong types, duplicated and missing fields, bad ids in the address, HTML that must come back
 * escaped, and now and then a forged CSRF token. Nothing may answer 5xx or show a stack trace, no input may come
 * back unescaped, and a refused submission saves nothing. The forms are found from the handler mappings, so a new
 * form is covered without anyone adding it here. Runs in a JVM and database of its own (see the pom): what the
 * forms accept stays there.
 */
@IntegrationTest
class MalformedInputTests {

	/** Addresses that take no input worth fuzzing: logout, actuator, static files, the error page. */
	private static final Pattern SKIPPED = Pattern.compile("/logout|/actuator.*|/assets/.*|/webjars/.*|/error");

	// A qualified class name ending in Exception or Error, or a stack frame. Anchored at a word's start and with one
	// way to split the dots, so it reads a page once: the form that tried \w+\.\w+ at every position took seconds on
	// a page that echoed a 100,000-character value (two-thirds of this suite's time went there).
	private static final Pattern STACK_TRACE = Pattern
		.compile("\\b(?:\\w+\\.)+\\w*(?:Exception|Error)\\b|\\sat (be\\.eenloket|org\\.springframework|java\\.base)");

	private static final Set<Class<?>> INFRASTRUCTURE = Set.of(Model.class, Errors.class,
			org.springframework.validation.BindingResult.class, java.security.Principal.class, java.util.Locale.class,
			org.springframework.web.servlet.mvc.support.RedirectAttributes.class,
			jakarta.servlet.http.HttpServletRequest.class, jakarta.servlet.http.HttpServletResponse.class,
			org.springframework.security.core.Authentication.class);

	@Autowired
	MockMvc mvc;

	@Autowired
	AccessPolicy policy;

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	record Form(RequestMethod method, String pattern, List<String> fields) {
	}

	@Test
	void noMalformedInputBreaksAnyFormOrQuery() throws Exception {
		var forms = forms();
		assertThat(forms).as("the enumeration finds forms and queries")
			.anyMatch(form -> form.pattern().equals("/onthaal/post/nieuw") && form.fields().contains("receivedOn"));
		var corpus = corpus();
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(1000);
		var countRows = countAllRows();
		var problems = new ArrayList<String>();
		var next = 0;
		var identities = new ArrayList<Set<Role>>();
		identities.add(Set.of());
		for (var role : Role.values()) {
			identities.add(EnumSet.of(role));
		}
		var total = 0;
		for (var roles : identities) {
			var mine = forms.stream()
				.filter(form -> policy.allows(HttpMethod.valueOf(form.method().name()), example(form.pattern(), 0), roles))
				.toList();
			var sent = 0;
			for (int round = 0; round < 400 && (sent < 1000 || round < 2) && !mine.isEmpty(); round++) {
				for (var form : mine) {
					var post = form.method() == RequestMethod.POST;
					var path = example(form.pattern(), round);
					MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(form.method().name()), path);
					var values = new LinkedHashMap<String, String>();
					for (var field : form.fields()) {
						// now and then a field is missing, or sent twice with two different values
						if ((next + round) % 11 == 0) {
							next++;
							continue;
						}
						var value = corpus.get(next++ % corpus.size());
						request.param(field, value);
						values.put(field, value);
						if (next % 13 == 0) {
							request.param(field, corpus.get(next++ % corpus.size()));
						}
						sent++;
					}
					// fields no form has: an id the binder must not take, a version, an index
					for (var extra : List.of("id", "version", "unknown[2]")) {
						var value = corpus.get(next++ % corpus.size());
						request.param(extra, value);
						values.put(extra, value);
						sent++;
					}
					if (!roles.isEmpty()) {
						request.with(user("fuzz-" + roles.iterator().next().name().toLowerCase())
							.roles(roles.stream().map(Role::name).toArray(String[]::new)));
					}
					var forged = post && next % 17 == 0;
					if (post && !forged) {
						request.with(csrf());
					}
					else if (forged) {
						request.param("_csrf", "Zm9yZ2VkLXRva2VuLXRoYXQtbmV2ZXItd2FzLWlzc3VlZC1ieS10aGUtc2VydmVyLWF0LWFsbC0xMjM0NTY3OA");
					}
					var before = post ? countRows.get() : 0L;
					var result = mvc.perform(request).andReturn();
					total++;
					var response = result.getResponse();
					var status = response.getStatus();
					var body = response.getContentAsString();
					var what = form.method() + " " + path + " as " + roles + " with " + abbreviate(values);
					if (status >= 500 || result.getResolvedException() != null && status >= 500) {
						problems.add(status + ": " + what);
					}
					var trace = STACK_TRACE.matcher(body);
					if (trace.find()) {
						problems.add("stack trace (" + body.substring(Math.max(0, trace.start() - 60),
								Math.min(body.length(), trace.end() + 60)) + "): " + what);
					}
					// a browser runs markup only in a page: JSON and CSV answers (application/json, text/csv, served with
					// nosniff) may carry the question back verbatim, as the open-data search does
					var contentType = response.getContentType();
					var page = contentType == null || contentType.startsWith("text/html");
					for (var value : values.values()) {
						if (page && value.contains("<") && value.length() < 300 && body.contains(value)) {
							problems.add("unescaped " + abbreviate(Map.of("value", value)) + ": " + what);
						}
					}
					if (post && status != 302 && status != 303) {
						var after = countRows.get();
						if (after != before) {
							problems.add("saved although refused (" + status + "): " + what);
						}
					}
					if (problems.size() > 20) {
						break;
					}
				}
			}
			if (!mine.isEmpty() && sent < 1000) {
				problems.add("only " + sent + " malformed values sent as " + roles);
			}
		}
		assertThat(problems).as("requests that broke (of %s)", total).isEmpty();
	}

	/** Every handler method with the request parameters and form fields it binds. */
	private List<Form> forms() {
		var result = new ArrayList<Form>();
		for (var entry : mappings.getHandlerMethods().entrySet()) {
			var info = entry.getKey();
			var handler = entry.getValue();
			var methods = info.getMethodsCondition().getMethods();
			for (var pattern : info.getPatternValues()) {
				if (SKIPPED.matcher(pattern).matches()) {
					continue;
				}
				var fields = fieldsOf(handler);
				for (var method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					if (method == RequestMethod.GET || method == RequestMethod.POST) {
						if (!fields.isEmpty() || pattern.contains("{")) {
							result.add(new Form(method, pattern, fields));
						}
					}
				}
			}
		}
		result.sort(java.util.Comparator.comparing(Form::pattern).thenComparing(Form::method));
		return result;
	}

	private static List<String> fieldsOf(HandlerMethod handler) {
		var fields = new LinkedHashSet<String>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			var type = parameter.getParameterType();
			if (parameter.hasParameterAnnotation(PathVariable.class) || INFRASTRUCTURE.stream().anyMatch(t -> t.isAssignableFrom(type))) {
				continue;
			}
			var requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null) {
				var name = !requestParam.name().isEmpty() ? requestParam.name() : requestParam.value();
				if (!name.isEmpty() && !Map.class.isAssignableFrom(type)) {
					fields.add(name);
				}
				continue;
			}
			if (BeanUtils.isSimpleProperty(type) || type == java.util.UUID.class) {
				parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
				if (parameter.getParameterName() != null) {
					fields.add(parameter.getParameterName());
				}
				continue;
			}
			if (parameter.hasParameterAnnotation(ModelAttribute.class) || !type.getName().startsWith("java")) {
				for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
					if (property.getWriteMethod() == null) {
						continue;
					}
					fields.add(property.getName());
					if (Collection.class.isAssignableFrom(property.getPropertyType())) {
						fields.add(property.getName() + "[0]");
						fields.add(property.getName() + "[3]");
					}
				}
			}
		}
		return new ArrayList<>(fields);
	}

	/** A concrete address for a pattern: real-looking ids most of the time, bad ones now and then. */
	private static String example(String pattern, int round) {
		String[] ids = { "1", "2", "3", "-1", "0", "abc", "99999999999999999999", "1%00", "4", "5" };
		String[] slugs = { "burgerzaken", "gemeentehuis", "paspoort", "onbekend", "%C3%A9", "x" };
		var path = new StringBuilder();
		var matcher = Pattern.compile("\\{([^}]+)}").matcher(pattern);
		var last = 0;
		while (matcher.find()) {
			path.append(pattern, last, matcher.start());
			var name = matcher.group(1).toLowerCase();
			path.append(name.contains("slug") || name.contains("code") ? slugs[round % slugs.length] : ids[round % ids.length]);
			last = matcher.end();
		}
		path.append(pattern.substring(last));
		return path.toString().replace("/**", "/x").replace("*", "x");
	}

	/** At least a thousand values no form expects. */
	static List<String> corpus() {
		var values = new LinkedHashSet<String>();
		values.addAll(List.of("", " ", "\t", "\n", "null", "undefined", "true", "false", "on", "0", "-0", "1", "-1",
				"2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
				"1e309", "-1e309", "NaN", "Infinity", "0x10", "1.5", "1,5", " 1", "1 ", "١٢٣", "１２３", "+1", "00000001",
				"' OR 1=1 --", "\"; drop table account; --", "%", "_", "\\", "${7*7}", "#{7*7}", "*{7*7}", "__${7*7}__",
				"../../etc/passwd", "%2e%2e%2f", "javascript:alert(1)", "http://evil.example/", "//evil.example",
				"a\u202Eb", "\uFEFF", "\u200B", "Z\u0351\u0352\u0353", "😀", "\uD83D", "\uDC00x", "é", "e\u0301",
				"ÿ", "\u00A0", "\u2028", "\u0085", "ȺȾ", "İı", "ß", "ﬀ", "Ω", "ﷺ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "中文", "עברית",
				"25:00", "24:00", "-1:00", "9-12", "99:99", "12:60", "9u", "00:00-24:00", "08:00-07:00",
				"2026-02-30", "2026-13-01", "2026-00-10", "2026-1-1", "26-01-01", "01/02/2026", "2026-01-01T10:00",
				"+300000-01-01", "-300000-01-01", "+999999999-12-31", "-999999999-01-01", "0000-01-01", "0001-01-01",
				"1800-01-01", "9999-12-31", "10000-01-01", "1970-01-01", "2038-01-19", "1899-12-31",
				"LEEFLOON", "leefloon", "POST", "HEAD", "STAFF", "DEPUTY", "ADMIN", "ROLE_ADMIN", "GEM", "OCMW"));
		for (var length : new int[] { 150, 151, 200, 201, 256, 1000, 2001, 5000, 5001, 100_000 }) {
			values.add("x".repeat(length));
			values.add("é".repeat(length));
		}
		for (char c = 0; c < 32; c++) {
			values.add("a" + c + "b");
			values.add(String.valueOf(c));
		}
		values.add("a\u007Fb");
		values.add("a\u009Fb");
		for (var year : new String[] { "-1", "0000", "0001", "1800", "1899", "1900", "2200", "9999", "+10000", "+300000" }) {
			for (var month : new String[] { "00", "01", "02", "13" }) {
				for (var day : new String[] { "00", "01", "29", "31", "32" }) {
					values.add(year + "-" + month + "-" + day);
				}
			}
		}
		for (int i = 0; values.size() < 1100; i++) {
			values.add("<b id=\"probe" + i + "\">x</b>");
			values.add("\"><svg onload=alert(" + i + ")>");
			values.add(String.valueOf((long) Math.pow(7, i % 22) * (i % 2 == 0 ? 1 : -1)));
		}
		return new ArrayList<>(values);
	}

	/** A query that counts every row of every table where a form could save something. */
	private java.util.function.Supplier<Long> countAllRows() {
		var tables = jdbc.sql("""
				select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
				and table_name not in ('flyway_schema_history', 'login_throttle', 'event_publication', 'daily_job_run',
				    'event_publication_archive', 'audit_entry', 'spring_session', 'spring_session_attributes',
				    -- a refused form shows the case file again, and every showing of a file is a read the DPO must see
				    'sc_access_log')""")
			.query(String.class)
			.list();
		var sql = tables.stream().map(table -> "(select count(*) from \"" + table + "\")")
			.collect(java.util.stream.Collectors.joining(" + ", "select ", ""));
		return () -> jdbc.sql(sql).query(Long.class).single();
	}

	private static String abbreviate(Map<String, String> values) {
		var text = new StringBuilder();
		values.forEach((name, value) -> {
			var shown = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
			text.append(name).append('=').append(shown.replaceAll("\\p{Cntrl}", "\\\\c")).append(' ');
		});
		return text.toString();
	}

}

package be.eenloket.identity;

import java.util.EnumSet;

import be.eenloket.identity.internal.AccountForm;
import be.eenloket.identity.internal.AccountManagement;
import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import java.net.URI;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LoginTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	be.eenloket.identity.internal.LoginThrottle attempts;

	@LocalServerPort
	int port;

	@Test
	void demoAdministratorLogsInWithTheDemoPassword() throws Exception {
		mvc.perform(formLogin("/login").user("admin").password("demo"))
			.andExpect(authenticated().withUsername("admin").withRoles("ADMIN"))
			.andExpect(redirectedUrl("/werkplek"));
	}

	@Test
	void wrongPasswordGivesTheGenericMessagePageAndNoSession() throws Exception {
		mvc.perform(formLogin("/login").user("admin").password("wrong"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin("/login").user("nobody-by-this-name").password("wrong"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void afterThreeFailuresFromOneAddressTheNextTryWaitsEvenWithTheRightPassword() throws Exception {
		createAccount("throttle.test", "een-lang-wachtwoord");
		for (int i = 0; i < 4; i++) {
			mvc.perform(login("throttle.test", "fout-" + i, "10.1.1.1"))
				.andExpect(unauthenticated());
		}
		mvc.perform(login("throttle.test", "een-lang-wachtwoord", "10.1.1.1"))
			.andExpect(unauthenticated())
			// the same answer as a wrong password: nobody learns the account exists or is throttled
			.andExpect(redirectedUrl("/login?error"));
		// the colleague at their own desk is not locked out by someone guessing elsewhere
		mvc.perform(login("throttle.test", "een-lang-wachtwoord", "10.2.2.2"))
			.andExpect(authenticated());
	}

	@Test
	void aNameThatIsNoAccountIsThrottledAlikeSoThrottlingRevealsNothing() throws Exception {
		for (int i = 0; i < 4; i++) {
			mvc.perform(login("niemand.bekend", "fout", "10.3.3.3"))
				.andExpect(redirectedUrl("/login?error"));
		}
		assertThat(jdbc.sql("select blocked_until is not null from login_throttle where username = 'niemand.bekend'")
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void theWaitDoublesUpToTheMaximum() {
		assertThat(attempts.delayAfter(3)).isZero();
		assertThat(attempts.delayAfter(4)).hasSeconds(1);
		assertThat(attempts.delayAfter(6)).hasSeconds(4);
		assertThat(attempts.delayAfter(40)).hasMinutes(5);
	}

	@Test
	void aSuccessfulLoginResetsTheFailureCount() throws Exception {
		createAccount("reset.test", "een-lang-wachtwoord");
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < 3; i++) {
				mvc.perform(formLogin("/login").user("reset.test").password("fout")).andExpect(unauthenticated());
			}
			mvc.perform(formLogin("/login").user("reset.test").password("een-lang-wachtwoord"))
				.andExpect(authenticated());
		}
	}

	private static org.springframework.test.web.servlet.RequestBuilder login(String username, String password,
			String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

	@Test
	void disabledAccountCannotLogIn() throws Exception {
		var account = createAccount("disabled.test", "een-lang-wachtwoord");
		var form = AccountForm.of(accounts.find(account).orElseThrow());
		form.setEnabled(false);
		accounts.update(account, form, "admin");
		mvc.perform(formLogin("/login").user("disabled.test").password("een-lang-wachtwoord"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void loginGivesANewSessionId() throws Exception {
		// over real HTTP: the session id a visitor had before logging in must be worthless afterwards
		var cookies = new java.net.CookieManager();
		var http = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
		var loginPage = http.send(java.net.http.HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		var csrfToken = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(loginPage.body())
			.results()
			.findFirst()
			.orElseThrow()
			.group(1);
		var before = sessionId(cookies);
		var login = http.send(java.net.http.HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers
				.ofString("username=admin&password=demo&_csrf=" + java.net.URLEncoder.encode(csrfToken, "UTF-8")))
			.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/werkplek"));
		assertThat(before).isNotNull();
		assertThat(sessionId(cookies)).isNotNull().isNotEqualTo(before);
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static String sessionId(java.net.CookieManager cookies) {
		return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
			.map(java.net.HttpCookie::getValue).findFirst().orElse(null);
	}

	@Test
	void loginWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/login").param("username", "admin").param("password", "demo"))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void logoutIsAPostWithCsrf() throws Exception {
		mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void pagesCarryStrictSecurityHeaders() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("script-src 'self'"),
							org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
							org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("Permissions-Policy", org.hamcrest.Matchers.containsString("camera=()")));
	}

	private long createAccount(String username, String password) {
		var existing = accounts.all().stream().filter(a -> a.getUsername().equals(username)).findFirst();
		if (existing.isPresent()) {
			return existing.get().getId();
		}
		var form = new AccountForm();
		form.setUsername(username);
		form.setDisplayName("Test " + username);
		form.setRoles(EnumSet.of(Role.FRONT_DESK));
		form.setPassword(password);
		return accounts.create(form).getId();
	}

}

package be.eenloket.identity.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The security baseline: form login, logout by POST, CSRF on every form, a new session id at login, strict
 * headers, and one authorization decision for every URL taken from the {@link be.eenloket.identity.AccessPolicy}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccessPolicyAuthorizationManager accessPolicy,
			LoginThrottle loginThrottle, @Value("${server.servlet.session.cookie.secure:false}") boolean secure)
			throws Exception {
		// a relative Location: the login redirect never names the host a request's Host header claims
		var loginPage = new LoginUrlAuthenticationEntryPoint("/login");
		loginPage.setFavorRelativeUris(true);
		http.authorizeHttpRequests(requests -> requests.anyRequest().access(accessPolicy))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(loginPage))
			.csrf(csrf -> csrf.csrfTokenRequestHandler(new TolerantCsrfTokenHandler()))
			.addFilterBefore(new LoginThrottle.Filter(loginThrottle), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new AnonymousVisitorMarker(), AuthorizationFilter.class)
			.formLogin(login -> login.loginPage("/login").failureUrl("/login?error").defaultSuccessUrl("/werkplek", false))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.requestCache(cache -> cache.requestCache(new StaffOnlyRequestCache()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
				.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"))
				// behind HTTPS (secure cookies) HSTS on every response, also where TLS ends at a proxy
				.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(secure ? AnyRequestMatcher.INSTANCE
						: request -> request.isSecure()).maxAgeInSeconds(31_536_000)));
		return http.build();
	}

	/**
	 * No tracing backend reads the security chain's observations: without this, every filter of every request is
	 * wrapped in an observing decorator (a profile of a staff page put 3–5% of its time there), even with Spring Boot's
	 * {@code management.observations.enable.spring.security=false}, which only discards what was observed.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

}

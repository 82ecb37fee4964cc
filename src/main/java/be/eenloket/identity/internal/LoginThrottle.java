package be.eenloket.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing without letting anyone lock a colleague out: failed logins are counted per typed
 * user name <em>and</em> source address, and past {@code freeLoginAttempts} each next try from that address for
 * that name waits twice as long (1 s, 2 s, 4 s … up to {@code maxLoginDelay}). The same user logging in from their
 * own desk is not slowed by someone guessing elsewhere. A refused try looks exactly like a wrong password (same
 * redirect, same message), and names that are no account are counted the same way, so nothing tells whether an
 * account exists. The counts live in PostgreSQL, so every instance applies them.
 */
@Component
public class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final JdbcClient jdbc;

	private final IdentityProperties properties;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, IdentityProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	static String normalise(String username) {
		var name = String.valueOf(username).trim().toLowerCase(Locale.ROOT);
		return name.length() > 100 ? name.substring(0, 100) : name;
	}

	static String source(String remoteAddress) {
		var source = remoteAddress == null ? "unknown" : remoteAddress;
		return source.length() > 64 ? source.substring(0, 64) : source;
	}

	/** Whether this user name may try a password from this address now. */
	boolean mayTry(String username, String remoteAddress) {
		var blockedUntil = jdbc.sql("""
				select blocked_until from login_throttle where username = :username and source = :source""")
			.param("username", normalise(username))
			.param("source", source(remoteAddress))
			.query(OffsetDateTime.class)
			.optional();
		return blockedUntil.isEmpty() || !blockedUntil.get().toInstant().isAfter(clock.instant());
	}

	/** The wait after the {@code failures}-th failure in a row. */
	public Duration delayAfter(int failures) {
		var beyond = failures - properties.freeLoginAttempts();
		if (beyond <= 0) {
			return Duration.ZERO;
		}
		var seconds = beyond >= 31 ? Long.MAX_VALUE : 1L << (beyond - 1);
		var delay = Duration.ofSeconds(Math.min(seconds, properties.maxLoginDelay().toSeconds()));
		return delay;
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		var authentication = event.getAuthentication();
		var address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		var now = clock.instant();
		int failures = jdbc.sql("""
				insert into login_throttle (username, source, failures, last_failure) values (:username, :source, 1, :now)
				on conflict (username, source) do update set failures = login_throttle.failures + 1, last_failure = :now
				returning failures""")
			.param("username", normalise(authentication.getName()))
			.param("source", source(address))
			.param("now", utc(now))
			.query(Integer.class)
			.single();
		var delay = delayAfter(failures);
		if (!delay.isZero()) {
			jdbc.sql("update login_throttle set blocked_until = :until where username = :username and source = :source")
				.param("until", utc(now.plus(delay)))
				.param("username", normalise(authentication.getName()))
				.param("source", source(address))
				.update();
			log.warn("Login throttled for {}s after {} failures from one address", delay.toSeconds(), failures);
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		var authentication = event.getAuthentication();
		if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
			jdbc.sql("delete from login_throttle where username = :username and source = :source")
				.param("username", normalise(authentication.getName()))
				.param("source", source(details.getRemoteAddress()))
				.update();
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** Answers a throttled login POST as a wrong password, before any password is checked. */
	static class Filter extends OncePerRequestFilter {

		private final LoginThrottle attempts;

		Filter(LoginThrottle attempts) {
			this.attempts = attempts;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !("POST".equals(request.getMethod())
					&& (request.getContextPath() + "/login").equals(request.getRequestURI()));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var username = request.getParameter("username");
			if (username != null && !attempts.mayTry(username, request.getRemoteAddr())) {
				response.sendRedirect(request.getContextPath() + "/login?error");
				return;
			}
			chain.doFilter(request, response);
		}

	}

}

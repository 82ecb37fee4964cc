package be.eenloket.shared.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Spring Session marks a session as changed on every request, because it sets the last access time, and so writes
 * it back to PostgreSQL on every page: an {@code UPDATE} and a commit for each read-only page view. This repository
 * passes the access time on only when the stored one is {@link #TOUCH_EVERY} old or more; attributes and every
 * other change are saved as before. A session that stays idle therefore expires at most that much earlier than its
 * timeout says (30 minutes).
 */
final class SparingSessionRepository implements SessionRepository<SparingSessionRepository.SparingSession> {

	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	private final SessionRepository<Session> sessions;

	@SuppressWarnings("unchecked")
	SparingSessionRepository(SessionRepository<? extends Session> sessions) {
		this.sessions = (SessionRepository<Session>) sessions;
	}

	@Override
	public SparingSession createSession() {
		return new SparingSession(sessions.createSession());
	}

	@Override
	public void save(SparingSession session) {
		sessions.save(session.stored);
	}

	@Override
	public SparingSession findById(String id) {
		var stored = sessions.findById(id);
		return stored == null ? null : new SparingSession(stored);
	}

	@Override
	public void deleteById(String id) {
		sessions.deleteById(id);
	}

	static final class SparingSession implements Session {

		private final Session stored;

		SparingSession(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(TOUCH_EVERY))) {
				stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			return stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}

	}

}

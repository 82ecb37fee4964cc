package be.eenloket.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The application clock in tests: real time by default, moved forward (or back) by a test to see dated changes
 * take effect. Tests that move it must {@link #reset()} it afterwards, since the Spring context is shared.
 */
public class MutableClock extends Clock {

	private final ZoneId zone;

	private volatile Duration offset = Duration.ZERO;

	public MutableClock(ZoneId zone) {
		this.zone = zone;
	}

	/** Makes "now" fall on this date at the current time of day. */
	public void travelTo(LocalDate date) {
		var realNow = Instant.now();
		var target = date.atTime(realNow.atZone(zone).toLocalTime()).atZone(zone).toInstant();
		offset = Duration.between(realNow, target);
	}

	/** Makes "now" this moment in the clock's zone (time then runs on from there). */
	public void travelTo(java.time.LocalDateTime moment) {
		offset = Duration.between(Instant.now(), moment.atZone(zone).toInstant());
	}

	public void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId otherZone) {
		var clock = new MutableClock(otherZone);
		clock.offset = offset;
		return clock;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}

}

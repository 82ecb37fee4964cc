package be.eenloket.shared.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import be.eenloket.shared.DailyJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims a day's run of a job with an insert into {@code daily_job_run}; the claim and the work share one
 * transaction, so a concurrent instance blocks on the primary key until this one commits (then skips) or rolls
 * back (then does the work itself).
 */
@Component
class JdbcDailyJobs implements DailyJobs {

	private static final Logger log = LoggerFactory.getLogger(JdbcDailyJobs.class);

	private static final String INSTANCE = ProcessHandle.current().pid() + "@" + hostName();

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcDailyJobs(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public boolean runOnce(String job, LocalDate day, Runnable work) {
		var claimed = jdbc.sql("""
				insert into daily_job_run (job, run_day, instance, claimed_at) values (:job, :day, :instance, :now)
				on conflict (job, run_day) do nothing""")
			.param("job", job)
			.param("day", day)
			.param("instance", INSTANCE)
			.param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update() == 1;
		if (!claimed) {
			log.debug("{} for {} already ran", job, day);
			return false;
		}
		work.run();
		log.info("{} for {} done on {}", job, day, INSTANCE);
		return true;
	}

	private static String hostName() {
		var name = System.getenv("HOSTNAME");
		return name == null || name.isBlank() ? "localhost" : name;
	}

	/** Turns on {@code @Scheduled} methods; {@code eenloket.scheduling.enabled=false} (tests) keeps them off. */
	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	@ConditionalOnProperty(name = "eenloket.scheduling.enabled",
			havingValue = "true", matchIfMissing = true)
	static class SchedulingConfiguration {

	}

}

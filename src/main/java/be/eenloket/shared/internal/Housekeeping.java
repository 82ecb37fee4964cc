package be.eenloket.shared.internal;

import java.time.Clock;
import java.time.LocalDate;

import be.eenloket.shared.DailyJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The portal's own daily retention run, once a day across all instances ({@link DailyJobs}): forgets the claims of
 * daily jobs older than a year. Every instance's timer fires; one does the work. {@code eenloket.housekeeping.cron}
 * moves the timer (the cluster script fires it every few seconds to show it runs once).
 */
@Component
class Housekeeping {

	private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

	static final String JOB = "housekeeping";

	private final DailyJobs jobs;

	private final JdbcClient jdbc;

	private final Clock clock;

	Housekeeping(DailyJobs jobs, JdbcClient jdbc, Clock clock) {
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "${eenloket.housekeeping.cron:0 40 2 * * *}", zone = "${eenloket.time-zone}")
	void daily() {
		var today = LocalDate.now(clock);
		jobs.runOnce(JOB, today, () -> {
			var forgotten = jdbc.sql("delete from daily_job_run where run_day < ?").param(today.minusYears(1)).update();
			log.info("Housekeeping for {}: {} old job claims forgotten", today, forgotten);
		});
	}

}

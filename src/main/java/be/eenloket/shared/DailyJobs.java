package be.eenloket.shared;

import java.time.LocalDate;

/**
 * Runs scheduled work (a deadline digest, contract alerts) exactly once per day however many instances of the
 * portal run: the first instance to claim {@code (job, day)} in the database does the work; a concurrent claim
 * waits on PostgreSQL's unique index and then sees the day as done. When the work fails, the claim is rolled back
 * and the next run (on any instance) tries again.
 */
public interface DailyJobs {

	/**
	 * Runs {@code work} unless {@code job} already ran for {@code day}.
	 * @return whether this call did the work
	 */
	boolean runOnce(String job, LocalDate day, Runnable work);

}

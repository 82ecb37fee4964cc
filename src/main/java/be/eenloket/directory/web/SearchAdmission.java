package be.eenloket.directory.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lets a few new questions be answered at once, the others wait their turn in the order they came. A question nobody
 * asked before is pure CPU work (the index, rendering unseen results): with as many of them running as there are
 * request threads, each is time-sliced with dozens of others, and the slowest wait for all of them (on two cores, the
 * p99 of unique searches at 64 connections was 60 ms with 48 threads running them, against a mean of 8 ms). Queued
 * in order instead, each waits only for those ahead of it, and a crawler sending new questions uses at most these
 * permits, never all request threads: cached pages, the other public pages and staff keep theirs.
 * <p>
 * A question that waited {@code eenloket.search.wait} without a turn is answered "busy" (503 with Retry-After):
 * on a machine that overloaded, waiting longer would only make every answer late.
 */
@Component
class SearchAdmission {

	private final Semaphore permits;

	private final long waitNanos;

	SearchAdmission(@Value("${eenloket.search.concurrent:0}") int concurrent,
			@Value("${eenloket.search.wait:5s}") java.time.Duration wait) {
		var count = concurrent > 0 ? concurrent : 2 * Runtime.getRuntime().availableProcessors();
		this.permits = new Semaphore(count, true);
		this.waitNanos = wait.toNanos();
	}

	/** Waits for a turn, to be closed when the question is answered. */
	Turn take() {
		if (!enter()) {
			throw new Busy();
		}
		return permits::release;
	}

	/** Waits for a turn; false when none came in time (nothing to {@link #leave()} then). */
	boolean enter() {
		try {
			return permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	void leave() {
		permits.release();
	}

	/** A question's turn: closing it lets the next one in. */
	interface Turn extends AutoCloseable {

		@Override
		void close();

	}

	/** No turn came in time: answered 503 with {@code Retry-After} ({@link PublicDirectoryController}). */
	static final class Busy extends RuntimeException {

		static final String RETRY_AFTER_SECONDS = "5";

		Busy() {
			super("no turn for a new question in time", null, false, false);
		}

	}

	int available() {
		return permits.availablePermits();
	}

}

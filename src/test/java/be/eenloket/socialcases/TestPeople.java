package be.eenloket.socialcases;

import java.util.concurrent.atomic.AtomicInteger;

/** Fictional national register numbers with valid check digits, a new one per call (born 1985, serials from 100). */
final class TestPeople {

	private static final AtomicInteger SERIAL = new AtomicInteger(100 + (int) (System.nanoTime() % 400) * 2);

	private TestPeople() {
	}

	static String nextNrn() {
		var serial = SERIAL.incrementAndGet() % 998 + 1;
		var nine = "850315%03d".formatted(serial);
		var check = 97 - (Long.parseLong(nine) % 97);
		return nine + "%02d".formatted(check);
	}

}

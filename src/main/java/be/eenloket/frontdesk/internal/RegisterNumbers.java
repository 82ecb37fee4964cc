package be.eenloket.frontdesk.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out chronological register numbers without gaps or duplicates. The counter row is incremented in the
 * caller's transaction: concurrent registrations queue on its row lock, and a registration that rolls back gives
 * its number back with it.
 */
@Component
class RegisterNumbers {

	private final JdbcClient jdbc;

	RegisterNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	int next(String register, int year) {
		return jdbc.sql("""
				insert into fd_register_counter (register, year, last_number) values (:register, :year, 1)
				on conflict (register, year) do update set last_number = fd_register_counter.last_number + 1
				returning last_number""")
			.param("register", register)
			.param("year", year)
			.query(Integer.class)
			.single();
	}

}

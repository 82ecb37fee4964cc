package be.eenloket.socialcases.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo intakes arrive the real way, from the front desk's demo registrations (one overdue, one urgent, two
 * recent); this marks one of them as already taken in charge by the demo social worker. Demo profile only.
 */
@Component
@Profile("demo")
@Order(70)
class DemoIntakes implements ApplicationRunner {

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoIntakes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		// the front desk's demo registered the requests; a social worker has already taken one of them in charge
		jdbc.sql("""
				update sc_intake set status = 'TAKEN', assigned_to = 'maatschappelijkwerker', taken_at = :now,
				  version = version + 1
				where status = 'NEW' and assigned_to is null and last_name = 'Dewitte' and first_name = 'Maria'""")
			.param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update();
	}

}

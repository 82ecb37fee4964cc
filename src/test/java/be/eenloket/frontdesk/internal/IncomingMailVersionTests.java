package be.eenloket.frontdesk.internal;

import java.time.Instant;
import java.util.UUID;

import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two colleagues open the same letter at the same moment: the version column, not a hand-written check, refuses
 * the one who saves second.
 */
@IntegrationTest
class IncomingMailVersionTests {

	@Autowired
	IncomingMails mails;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theColleagueWhoSavesSecondGetsAStaleVersionAndTheFirstTakeOverStays() {
		// a letter of its own, so the demo letters other tests count stay untouched
		var id = jdbc.sql("""
				insert into fd_mail (legal_entity, register_year, register_seq, register_number, received_on, sender,
				  subject, channel, unit_id, registered_by, registered_at, form_token)
				values ('OCMW', 1999, 1, 'OCMW-1999-00001', date '2020-01-02', 'Afzender', 'Onderwerp', 'POST', 1,
				  'onthaal', now(), ?) returning id""")
			.param(UUID.randomUUID())
			.query(Long.class)
			.single();
		var second = new TransactionTemplate(transactions);
		var first = new TransactionTemplate(transactions);
		first.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		var at = Instant.parse("2026-11-27T08:00:00Z");

		assertThatThrownBy(() -> second.executeWithoutResult(status -> {
			var seen = mails.findById(id).orElseThrow();
			first.executeWithoutResult(other -> {
				var letter = mails.findById(id).orElseThrow();
				letter.takeOver("diensthoofd", at);
				mails.saveAndFlush(letter);
			});
			seen.takeOver("secretariaat", at.plusSeconds(1));
			mails.saveAndFlush(seen);
		})).isInstanceOf(ObjectOptimisticLockingFailureException.class);

		assertThat(jdbc.sql("select taken_over_by from fd_mail where id = ?").param(id).query(String.class).single())
			.isEqualTo("diensthoofd");
		assertThat(jdbc.sql("select version from fd_mail where id = ?").param(id).query(Long.class).single()).isEqualTo(1L);
		jdbc.sql("delete from fd_mail where id = ?").param(id).update();
	}

}

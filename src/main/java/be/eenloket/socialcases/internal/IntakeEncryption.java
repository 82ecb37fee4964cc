package be.eenloket.socialcases.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Encrypts the intakes still stored in clear (rows from before {@code V2026_11_27_2200}, or written by an older
 * instance during a rolling update) and empties their clear columns. Runs at every start-up, before the application
 * takes traffic; it is idempotent (a row in clear is encrypted once, then has nothing in clear) and runs once across
 * instances: one transaction holding a PostgreSQL advisory lock, so a second instance starting at the same time waits
 * and then finds nothing left to do. The key is configuration, which is why a Flyway SQL migration cannot do this.
 */
@Component
@Order(10)
class IntakeEncryption implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IntakeEncryption.class);

	/** The advisory lock's key: any constant no other job uses. */
	private static final long LOCK = 0x5C_1A7A_CE00L;

	private static final String ANY_CLEAR = Arrays.stream(IntakeSecret.values())
		.map(secret -> secret.clearColumn + " is not null")
		.collect(Collectors.joining(" or "));

	private static final String ENCRYPT = "update sc_intake set " + Arrays.stream(IntakeSecret.values())
		.map(secret -> secret.cipherColumn + " = coalesce(:" + secret.cipherColumn + ", " + secret.cipherColumn + "), "
				+ secret.clearColumn + " = null")
		.collect(Collectors.joining(", ")) + " where id = :id";

	private final JdbcClient jdbc;

	private final SocialCrypto crypto;

	IntakeEncryption(JdbcClient jdbc, SocialCrypto crypto) {
		this.jdbc = jdbc;
		this.crypto = crypto;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		var encrypted = encryptClearIntakes();
		if (encrypted > 0) {
			log.info("Encrypted the personal data of {} intakes stored in clear", encrypted);
		}
	}

	/** @return how many intakes had data in clear */
	@Transactional
	public int encryptClearIntakes() {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs, n) -> true).single();
		var rows = jdbc.sql("select * from sc_intake where " + ANY_CLEAR + " order by id for update").query((rs, n) -> {
			var clear = new EnumMap<IntakeSecret, String>(IntakeSecret.class);
			for (var secret : IntakeSecret.values()) {
				clear.put(secret, rs.getString(secret.clearColumn));
			}
			return Map.entry(rs.getLong("id"), clear);
		}).list();
		for (var row : rows) {
			var update = jdbc.sql(ENCRYPT).param("id", row.getKey());
			for (var secret : IntakeSecret.values()) {
				var text = row.getValue().get(secret);
				update = update.param(secret.cipherColumn, text == null ? null : secret.encrypt(crypto, text));
			}
			update.update();
		}
		return rows.size();
	}

}

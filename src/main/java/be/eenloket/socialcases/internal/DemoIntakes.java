package be.eenloket.socialcases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import be.eenloket.frontdesk.SocialAidRequestType;
import be.eenloket.shared.NationalRegisterNumber;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A few fictional social-aid requests, dated relative to today so the demo inbox always shows one overdue, one
 * urgent and two recent intakes (one already taken in charge). Inserted directly, as if the front desk had
 * registered them: the front desk module is not built yet. Demo profile only, into an empty inbox.
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
		if (jdbc.sql("select count(*) from sc_intake").query(Long.class).single() > 0) {
			return;
		}
		var today = LocalDate.now(clock);
		var year = today.getYear();
		insert(year + "-000101", today.minusDays(33), LocalTime.of(9, 40), "Sofie", "Van Acker",
				LocalDate.of(1987, 3, 14), 212, "0470 12 34 56", null, "Voorbeeldstraat 12, 9990 Maldegem", "nl",
				SocialAidRequestType.LEEFLOON, "Verloor haar werk en heeft sinds twee maanden geen inkomen.", null);
		insert(year + "-000102", today.minusDays(27), LocalTime.of(10, 15), "Karim", "El Amrani",
				LocalDate.of(2001, 11, 2), 37, null, "karim.voorbeeld@example.org", null, "nl",
				SocialAidRequestType.HUURWAARBORG, "Vindt een huurwoning maar kan de waarborg niet betalen.", null);
		insert(year + "-000103", today.minusDays(6), LocalTime.of(14, 5), "Maria", "Dewitte",
				LocalDate.of(1952, 6, 21), 118, "050 00 00 00", null, "Proefweg 3, 9990 Maldegem", "nl",
				SocialAidRequestType.MEDISCHE_KAART, "Kan de apotheekkosten voor haar medicatie niet meer betalen.",
				"maatschappelijkwerker");
		insert(year + "-000104", today.minusDays(1), LocalTime.of(11, 30), "Tomasz", "Nowak",
				LocalDate.of(1979, 9, 8), 63, "0499 99 99 99", null, null, "en",
				SocialAidRequestType.SCHULDBEMIDDELING, "Has several unpaid bills and a letter from a bailiff.", null);
	}

	private void insert(String registerNumber, LocalDate requested, LocalTime time, String firstName, String lastName,
			LocalDate birthDate, int serial, String phone, String email, String address, String language,
			SocialAidRequestType type, String description, String takenBy) {
		var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		jdbc.sql("""
				insert into sc_intake (request_id, register_number, requested_at, decision_deadline, first_name,
				    last_name, birth_date, national_register_number, phone, email, address, language, type,
				    description, registered_by, status, assigned_to, taken_at, received_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'onthaal', ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), registerNumber, requested.atTime(time), requested.plusDays(30), firstName,
					lastName, birthDate, nationalRegisterNumber(birthDate, serial).digits(), phone, email, address,
					language, type.name(), description, takenBy == null ? "NEW" : "TAKEN", takenBy,
					takenBy == null ? null : now, now)
			.update();
	}

	/**
	 * A fictional but valid number for a birth date and serial number (odd for men, even for women): the check digits
	 * are 97 minus the first nine digits mod 97, with a 2 in front of them for people born from 2000 on.
	 */
	static NationalRegisterNumber nationalRegisterNumber(LocalDate birthDate, int serial) {
		var nine = "%02d%02d%02d%03d".formatted(birthDate.getYear() % 100, birthDate.getMonthValue(),
				birthDate.getDayOfMonth(), serial);
		var base = Long.parseLong(nine) + (birthDate.getYear() >= 2000 ? 2_000_000_000L : 0);
		return new NationalRegisterNumber(nine + "%02d".formatted(97 - base % 97));
	}

}

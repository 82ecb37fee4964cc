package be.eenloket.frontdesk.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import be.eenloket.directory.DirectoryCatalog;
import be.eenloket.frontdesk.SocialAidRequestType;
import be.eenloket.organisation.OrganisationChart;
import be.eenloket.organisation.UnitSummary;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two weeks of visitor contacts (so the figures show something), a few letters in the mail register and four
 * social-aid requests, registered the real way so they reach the social service's intake inbox. Demo profile
 * only, into empty registers, after the demo directory.
 */
@Component
@Profile("demo")
@Order(60)
class DemoFrontDesk implements ApplicationRunner {

	/** Where visitors mostly go, by service point slug, with a weight. */
	static final List<String> DESTINATIONS = List.of("burgerzaken:40", "sociale-dienst:15", "financiele-dienst:6",
			"omgeving:8", "infrastructuur:6", "uitloket:5", "cultuur-jeugddienst:4", "secretariaat:3",
			"secretariaat-burgemeester:3", "personeelsdienst:2");

	/** The demo account of the front desk, who registers the demo requests. */
	static final String RECEPTIONIST = "onthaal";

	private final JdbcClient jdbc;

	private final DirectoryCatalog directory;

	private final OrganisationChart organisation;

	private final SocialAidRegister socialAid;

	private final MailRegister mail;

	private final Clock clock;

	DemoFrontDesk(JdbcClient jdbc, DirectoryCatalog directory, OrganisationChart organisation,
			SocialAidRegister socialAid, MailRegister mail, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.organisation = organisation;
		this.socialAid = socialAid;
		this.mail = mail;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select count(*) from fd_contact").query(Long.class).single() == 0) {
			contacts();
		}
		var today = LocalDate.now(clock);
		if (socialAid.count() == 0) {
			// registered at the desk by the demo receptionist, as the receipt says; one overdue, one due within days and two recent requests, registered the real way
			request(today.minusDays(33), LocalTime.of(9, 40), "Sofie", "Van Acker", LocalDate.of(1987, 3, 14), 212,
					"0470 12 34 56", null, "Voorbeeldstraat 12, 9990 Maldegem", "nl", SocialAidRequestType.LEEFLOON,
					"Verloor haar werk en heeft sinds twee maanden geen inkomen.");
			request(today.minusDays(27), LocalTime.of(10, 15), "Karim", "El Amrani", LocalDate.of(2001, 11, 2), 37, null,
					"karim.voorbeeld@example.org", null, "nl", SocialAidRequestType.HUURWAARBORG,
					"Vindt een huurwoning maar kan de waarborg niet betalen.");
			request(today.minusDays(6), LocalTime.of(14, 5), "Maria", "Dewitte", LocalDate.of(1952, 6, 21), 118,
					"050 00 00 00", null, "Proefweg 3, 9990 Maldegem", "nl", SocialAidRequestType.MEDISCHE_KAART,
					"Kan de apotheekkosten voor haar medicatie niet meer betalen.");
			request(today.minusDays(1), LocalTime.of(11, 30), "Tomasz", "Nowak", LocalDate.of(1979, 9, 8), 63,
					"0499 99 99 99", null, null, "en", SocialAidRequestType.SCHULDBEMIDDELING,
					"Has several unpaid bills and a letter from a bailiff.");
		}
		if (mail.latest(null, 1).isEmpty()) {
			letters(today);
		}
	}

	private void request(LocalDate day, LocalTime time, String firstName, String lastName, LocalDate birthDate,
			int serial, String phone, String email, String address, String language, SocialAidRequestType type,
			String description) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(RECEPTIONIST, null,
				List.of(new SimpleGrantedAuthority("ROLE_FRONT_DESK"))));
		SecurityContextHolder.setContext(context);
		try {
			socialAid.register(new SocialAidRegister.Registration(firstName, lastName, birthDate,
					nationalRegisterNumber(birthDate, serial), phone, email, address, language, type, description,
					day.atTime(time)), UUID.randomUUID());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A fictional but valid national register number for a birth date and serial number. */
	static String nationalRegisterNumber(LocalDate birthDate, int serial) {
		var nine = "%02d%02d%02d%03d".formatted(birthDate.getYear() % 100, birthDate.getMonthValue(),
				birthDate.getDayOfMonth(), serial);
		var base = Long.parseLong(nine) + (birthDate.getYear() >= 2000 ? 2_000_000_000L : 0);
		return nine + "%02d".formatted(97 - base % 97);
	}

	private void contacts() {
		var random = new Random(2018);
		var weighted = new java.util.ArrayList<DirectoryCatalog.ServicePointInfo>();
		for (var destination : DESTINATIONS) {
			var parts = destination.split(":");
			directory.servicePoint(parts[0]).ifPresent(point -> {
				for (int i = 0; i < Integer.parseInt(parts[1]); i++) {
					weighted.add(point);
				}
			});
		}
		if (weighted.isEmpty()) {
			return;
		}
		var tasks = directory.tasks();
		var now = LocalDateTime.now(clock);
		var channels = List.of("DESK", "DESK", "DESK", "PHONE", "PHONE", "EMAIL");
		for (int day = 14; day >= 0; day--) {
			var date = now.toLocalDate().minusDays(day);
			if (date.getDayOfWeek().getValue() > 5) {
				continue;
			}
			var visitors = 15 + random.nextInt(20);
			for (int i = 0; i < visitors; i++) {
				// busiest in the morning, as at most municipal desks
				var hour = random.nextDouble() < 0.65 ? 8 + random.nextInt(4) : 13 + random.nextInt(4);
				var moment = date.atTime(LocalTime.of(hour, random.nextInt(60)));
				if (moment.isAfter(now)) {
					continue;
				}
				var point = random.nextInt(10) == 0 ? null : weighted.get(random.nextInt(weighted.size()));
				var task = point == null ? null : tasks.stream()
					.filter(candidate -> candidate.servicePoints().stream().anyMatch(p -> p.id() == point.id()))
					.skip(random.nextInt(3))
					.findFirst()
					.orElse(null);
				jdbc.sql("""
						insert into fd_contact (occurred_at, channel, task_id, task_name, service_point_id,
						  service_point_name, question, registered_by, form_token)
						values (:at, :channel, :taskId, :taskName, :pointId, :pointName, :question, 'onthaal', :token)""")
					.param("at", Timestamp.from(moment.atZone(clock.getZone()).toInstant()))
					.param("channel", channels.get(random.nextInt(channels.size())))
					.param("taskId", task == null ? null : task.id())
					.param("taskName", task == null ? null : task.name())
					.param("pointId", point == null ? null : point.id())
					.param("pointName", point == null ? null : point.name())
					.param("question", point == null ? "Vraag naar de weg of de openingsuren" : null)
					.param("token", UUID.randomUUID())
					.update();
			}
		}
	}

	private void letters(LocalDate today) {
		var units = organisation.units(today);
		var letters = List.of(
				new String[] { "GEM", "FIN", "Aannemer Verstraete bv", "Factuur herstelling dak sporthal", "POST" },
				new String[] { "OCMW", "SOC", "Ziekenhuis AZ Maldegem", "Vraag tot tussenkomst in ziekenhuiskosten", "POST" },
				new String[] { "GEM", "RO", "Buurtcomité Kleit", "Bezwaar tegen omgevingsvergunning Kleitstraat", "HAND" },
				new String[] { "GEM", "BURG", "FOD Binnenlandse Zaken", "Omzendbrief verkiezingen", "EMAIL" },
				new String[] { "OCMW", "FIN", "Energieleverancier", "Afrekening nutsvoorzieningen woonzorgcentrum", "EMAIL" },
				new String[] { "GEM", "SECR", "Provincie Oost-Vlaanderen", "Uitnodiging overleg intergemeentelijke samenwerking", "POST" });
		var day = 0;
		for (var letter : letters) {
			var unit = units.stream().filter(candidate -> candidate.code().equals(letter[1])).findFirst()
				.or(() -> units.stream().findFirst());
			if (unit.isEmpty()) {
				return;
			}
			mail.register(new MailRegister.Letter(letter[0], today.minusDays(day++ / 2), letter[2], letter[3],
					MailRegister.Channel.valueOf(letter[4]), "SCAN-" + (1000 + day), unit.map(UnitSummary::id).get().value()),
					UUID.randomUUID());
		}
	}

}

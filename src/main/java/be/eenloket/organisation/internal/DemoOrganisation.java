package be.eenloket.organisation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import be.eenloket.identity.StaffAccounts;
import be.eenloket.organisation.PositionKind;
import be.eenloket.organisation.UnitType;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A joint organisation modelled on Opwijk's common support departments (seed 001) and Overpelt's clusters and
 * management team (seed 004): about 120 fictional staff employed by the gemeente or the OCMW, and one
 * reorganisation draft for next 1 January. Only in the demo profile, and only into an empty organogram.
 */
@Component
@Profile("demo")
@Order(30)
class DemoOrganisation implements ApplicationRunner {

	static final LocalDate START = LocalDate.of(2019, 1, 1);

	private static final String[] FIRST_NAMES = { "An", "Bart", "Charlotte", "Dries", "Els", "Filip", "Griet",
			"Hans", "Ilse", "Jan", "Katrien", "Lieven", "Marie", "Nico", "Olga", "Pieter", "Quinten", "Roos", "Stijn",
			"Tine", "Urbain", "Veerle", "Wim", "Xavier", "Yasmine", "Zoë", "Arne", "Bieke", "Cedric", "Daphne",
			"Emiel", "Femke", "Geert", "Hanne", "Ivo", "Jolien", "Koen", "Lotte", "Maarten", "Nele" };

	private static final String[] LAST_NAMES = { "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems",
			"Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Martens", "Hermans", "Pauwels",
			"Van den Broeck", "Goethals", "Vermeulen", "De Backer", "Michiels", "Coppens", "Verstraete", "Lemmens",
			"Smets", "Vandenberghe", "Cools", "Aerts", "De Clercq", "Van Damme" };

	record DemoUnit(String code, String name, UnitType type, String parent, List<String> entities, String head,
			String headGrade, String deputy, int staff, String employerMix) {
	}

	static final List<DemoUnit> UNITS = List.of(
			new DemoUnit("ALGDIR", "Algemeen directeur", UnitType.DIRECTIE, null, List.of("GEM", "OCMW"), "Algemeen directeur", "A7a", null, 1, "GEM"),
			new DemoUnit("MT", "Managementteam", UnitType.TEAM, "ALGDIR", List.of("GEM", "OCMW"), null, null, null, 0, "GEM"),
			new DemoUnit("FINDIR", "Financieel directeur", UnitType.DIRECTIE, null, List.of("GEM", "OCMW"), "Financieel directeur", "A5a", null, 0, "OCMW"),
			new DemoUnit("FIN", "Financiële dienst", UnitType.DIENST, "FINDIR", List.of("GEM", "OCMW"), "Diensthoofd financiën", "A1a", "Adjunct-diensthoofd financiën", 7, "MIX"),
			new DemoUnit("CL-OND", "Cluster Ondersteuning", UnitType.CLUSTER, "ALGDIR", List.of("GEM", "OCMW"), "Clusterverantwoordelijke ondersteuning", "A4a", null, 1, "GEM"),
			new DemoUnit("PERS", "Personeelsdienst", UnitType.AFDELING, "CL-OND", List.of("GEM", "OCMW"), "Afdelingshoofd personeel", "A1a", null, 6, "MIX"),
			new DemoUnit("IZ", "Interne zaken", UnitType.AFDELING, "CL-OND", List.of("GEM", "OCMW"), "Afdelingshoofd interne zaken", "A2a", null, 1, "GEM"),
			new DemoUnit("SECR", "Secretariaat", UnitType.DIENST, "IZ", List.of("GEM", "OCMW"), "Diensthoofd secretariaat", "B4", null, 5, "MIX"),
			new DemoUnit("COMM", "Communicatie", UnitType.DIENST, "IZ", List.of("GEM", "OCMW"), "Communicatieverantwoordelijke", "B1-3", null, 3, "GEM"),
			new DemoUnit("ICT", "ICT", UnitType.DIENST, "IZ", List.of("GEM", "OCMW"), "Diensthoofd ICT", "A1a", null, 5, "MIX"),
			new DemoUnit("AANK", "Centrale aankoop en contractenbeheer", UnitType.DIENST, "CL-OND", List.of("GEM", "OCMW"), "Diensthoofd aankoop", "B4", null, 3, "MIX"),
			new DemoUnit("INFRA", "Infrastructuur en facilitaire dienst", UnitType.AFDELING, "CL-OND", List.of("GEM", "OCMW"), "Afdelingshoofd infrastructuur", "A1a", "Ploegbaas", 16, "MIX"),
			new DemoUnit("CL-BURG", "Cluster Burgerzaken", UnitType.CLUSTER, "ALGDIR", List.of("GEM"), "Clusterverantwoordelijke burgerzaken", "A4a", null, 0, "GEM"),
			new DemoUnit("ONTH", "Onthaal", UnitType.DIENST, "CL-BURG", List.of("GEM", "OCMW"), "Coördinator onthaal", "B1-3", null, 5, "MIX"),
			new DemoUnit("BURG", "Burgerzaken", UnitType.DIENST, "CL-BURG", List.of("GEM"), "Diensthoofd burgerzaken", "B4", "Adjunct-diensthoofd burgerzaken", 8, "GEM"),
			new DemoUnit("CL-WELZ", "Cluster Welzijn (Sociaal Huis)", UnitType.CLUSTER, "ALGDIR", List.of("OCMW"), "Clusterverantwoordelijke welzijn", "A4a", null, 0, "OCMW"),
			new DemoUnit("SOC", "Sociale dienst", UnitType.DIENST, "CL-WELZ", List.of("OCMW"), "Hoofdmaatschappelijk werker", "B4", "Adjunct-hoofdmaatschappelijk werker", 10, "OCMW"),
			new DemoUnit("SCHULD", "Cel schuldbemiddeling", UnitType.TEAM, "SOC", List.of("OCMW"), null, null, null, 3, "OCMW"),
			new DemoUnit("THUIS", "Thuiszorg en ouderenbeleid", UnitType.DIENST, "CL-WELZ", List.of("OCMW", "GEM"), "Diensthoofd thuiszorg", "B4", null, 9, "OCMW"),
			new DemoUnit("CL-VT", "Cluster Vrije tijd", UnitType.CLUSTER, "ALGDIR", List.of("GEM"), "Clusterverantwoordelijke vrije tijd", "A4a", null, 0, "GEM"),
			new DemoUnit("BIB", "Bibliotheek", UnitType.DIENST, "CL-VT", List.of("GEM"), "Bibliothecaris", "B4", null, 6, "GEM"),
			new DemoUnit("SPORT", "Sportdienst", UnitType.DIENST, "CL-VT", List.of("GEM"), "Sportfunctionaris", "B1-3", null, 4, "GEM"),
			new DemoUnit("CULT", "Cultuurdienst", UnitType.DIENST, "CL-VT", List.of("GEM"), "Cultuurbeleidscoördinator", "B1-3", null, 3, "GEM"),
			new DemoUnit("CL-OMG", "Cluster Omgeving", UnitType.CLUSTER, "ALGDIR", List.of("GEM"), "Clusterverantwoordelijke omgeving", "A4a", null, 0, "GEM"),
			new DemoUnit("RO", "Ruimtelijke ordening en leefmilieu", UnitType.DIENST, "CL-OMG", List.of("GEM"), "Diensthoofd omgeving", "A1a", null, 6, "GEM"));

	/** Head positions left vacant, so a vacancy shows in the demo. */
	static final List<String> VACANT_HEADS = List.of("ICT", "CL-VT");

	private final JdbcClient jdbc;

	private final UnitManagement units;

	private final StaffManagement staff;

	private final Reorganisations reorganisations;

	private final Clock clock;

	private final StaffAccounts accounts;

	DemoOrganisation(JdbcClient jdbc, UnitManagement units, StaffManagement staff, Reorganisations reorganisations,
			Clock clock, StaffAccounts accounts) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.units = units;
		this.staff = staff;
		this.reorganisations = reorganisations;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select count(*) from org_unit").query(Long.class).single() > 0) {
			return;
		}
		var ids = new HashMap<String, Long>();
		var heads = new HashMap<String, Seat>();
		var firstStaff = new HashMap<String, Seat>();
		var names = new Names();
		for (var demo : UNITS) {
			var id = units.create(demo.code(), new UnitValues(demo.name(), demo.type(),
					demo.parent() == null ? null : ids.get(demo.parent()), demo.entities(), null,
					demo.code().toLowerCase() + "@maldegem.example", null), START, null);
			ids.put(demo.code(), id);
			var employerIndex = 0;
			if (demo.head() != null) {
				var head = staff.createPosition(id, PositionKind.HEAD, demo.head(), demo.headGrade(), START);
				if (!VACANT_HEADS.contains(demo.code())) {
					heads.put(demo.code(), assign(names, head, employer(demo, employerIndex++), BigDecimal.ONE));
				}
			}
			if (demo.deputy() != null) {
				var deputy = staff.createPosition(id, PositionKind.DEPUTY, demo.deputy(), "B1-3", START);
				assign(names, deputy, employer(demo, employerIndex++), BigDecimal.ONE);
			}
			if (demo.staff() > 0) {
				var position = staff.createPosition(id, PositionKind.STAFF, staffTitle(demo), "C1-3", START);
				for (int i = 0; i < demo.staff(); i++) {
					var fte = i % 4 == 3 ? new BigDecimal("0.50") : i % 5 == 4 ? new BigDecimal("0.80") : BigDecimal.ONE;
					var seat = assign(names, position, employer(demo, employerIndex++), fte);
					firstStaff.putIfAbsent(demo.code(), seat);
				}
			}
		}
		seatManagementTeam(ids.get("MT"), heads);
		linkDemoAccounts(heads, firstStaff);
		var today = LocalDate.now(clock);
		var nextNewYear = LocalDate.of(today.getYear() + 1, 1, 1);
		var draft = reorganisations.createDraft("Communicatie en onthaal bij de algemeen directeur", nextNewYear, "secretariaat");
		reorganisations.addChange(draft, new MoveUnit(ids.get("COMM"), ids.get("ALGDIR")));
		reorganisations.addChange(draft, new RenameUnit(ids.get("ONTH"), "Onthaal en infopunt"));
		// a second draft shows a new afdeling with its own head position, taking in three existing services
		var leisure = reorganisations.createDraft("Afdeling Vrije tijd", nextNewYear.plusMonths(3), "secretariaat");
		var afdeling = reorganisations.addChange(leisure, new CreateUnit("AFD-VT", "Afdeling Vrije tijd",
				UnitType.AFDELING, ids.get("CL-VT"), List.of("GEM"), "Afdelingshoofd vrije tijd", "A1a"));
		for (var code : List.of("BIB", "SPORT", "CULT")) {
			reorganisations.addChange(leisure, new MoveUnit(ids.get(code), DraftChange.createdUnitKey(afdeling)));
		}
	}

	/**
	 * The demo staff accounts belong to people in the organogram, so "my unit" means something: the department head
	 * sees the mail of Burgerzaken, the social worker works in the social service, and so on.
	 */
	private void linkDemoAccounts(HashMap<String, Seat> heads, HashMap<String, Seat> firstStaff) {
		var links = new java.util.LinkedHashMap<String, Seat>();
		links.put("algemeendirecteur", heads.get("ALGDIR"));
		links.put("financieeldirecteur", heads.get("FINDIR"));
		links.put("diensthoofd", heads.get("BURG"));
		links.put("hoofdsocialedienst", heads.get("SOC"));
		links.put("maatschappelijkwerker", firstStaff.get("SOC"));
		links.put("secretariaat", heads.get("SECR"));
		links.put("bcsd", firstStaff.get("SECR"));
		links.put("onthaal", firstStaff.get("ONTH"));
		links.put("aankoper", firstStaff.get("AANK"));
		links.put("redactie", firstStaff.get("COMM"));
		links.put("admin", firstStaff.get("ICT"));
		links.put("dpo", heads.get("IZ"));
		links.forEach((username, seat) -> {
			if (seat != null && accounts.exists(username)) {
				jdbc.sql("update org_person set account_username = ? where id = ?").params(username, seat.personId()).update();
			}
		});
	}

	/** A person in a position, from a date. */
	record Seat(long personId, LocalDate from) {
	}

	private Seat assign(Names names, long positionId, String employer, BigDecimal fte) {
		var name = names.next();
		var email = (name[0] + "." + name[1]).toLowerCase().replace(" ", "").replace("ë", "e") + "@maldegem.example";
		var person = staff.createPerson(name[0], name[1], email, String.valueOf(2100 + names.count), employer);
		var from = START.plusMonths(names.count % 12);
		staff.assign(person, positionId, fte, from, null, false);
		return new Seat(person, from);
	}

	/**
	 * The one management team of gemeente and OCMW (seed 004): the algemeen directeur chairs it, with the financieel
	 * directeur and the cluster heads as members. A seat is 0 FTE: their working time stays on their own unit.
	 */
	private void seatManagementTeam(long teamId, HashMap<String, Seat> heads) {
		var chair = staff.createPosition(teamId, PositionKind.HEAD, "Voorzitter managementteam", null, START);
		var chairSeat = heads.get("ALGDIR");
		staff.assign(chairSeat.personId(), chair, BigDecimal.ZERO, chairSeat.from(), null, false);
		var member = staff.createPosition(teamId, PositionKind.STAFF, "Lid managementteam", null, START);
		for (var code : List.of("FINDIR", "CL-OND", "CL-BURG", "CL-WELZ", "CL-VT", "CL-OMG")) {
			var seat = heads.get(code);
			if (seat != null) { // a vacant cluster head leaves an empty seat
				staff.assign(seat.personId(), member, BigDecimal.ZERO, seat.from(), null, false);
			}
		}
	}

	/** Support departments mix employers; others employ from the entity they work for. */
	private static String employer(DemoUnit unit, int index) {
		if ("MIX".equals(unit.employerMix())) {
			return index % 5 < 3 ? "GEM" : "OCMW";
		}
		return unit.employerMix();
	}

	private static String staffTitle(DemoUnit unit) {
		return switch (unit.code()) {
			case "SOC", "SCHULD" -> "Maatschappelijk werker";
			case "INFRA" -> "Technisch medewerker";
			case "ONTH" -> "Onthaalmedewerker";
			case "BIB" -> "Bibliotheekassistent";
			case "THUIS" -> "Verzorgende";
			default -> "Administratief medewerker";
		};
	}

	/** Deterministic, distinct fictional names. */
	static final class Names {

		int count;

		String[] next() {
			var first = FIRST_NAMES[count % FIRST_NAMES.length];
			var last = LAST_NAMES[(count * 7 + count / FIRST_NAMES.length) % LAST_NAMES.length];
			count++;
			return new String[] { first, last };
		}

	}

}

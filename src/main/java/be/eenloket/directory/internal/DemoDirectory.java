package be.eenloket.directory.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.eenloket.directory.internal.Buildings.BuildingValues;
import be.eenloket.directory.internal.ServicePoints.ServicePointValues;
import be.eenloket.directory.internal.Tasks.TaskValues;
import be.eenloket.directory.internal.WeeklyHours.Slot;
import be.eenloket.organisation.OrganisationChart;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The buildings, floors and services of seed 000 (Maldegem, after the move of 1 January 2018), placed as the seed
 * says, with realistic hours, public holidays, one upcoming relocation and 45 citizen tasks with synonyms.
 * Demo profile only, into an empty directory, after the demo organogram (service points belong to its units).
 */
@Component
@Profile("demo")
@Order(40)
class DemoDirectory implements ApplicationRunner {

	static final LocalDate START = LocalDate.of(2018, 1, 1);

	/** slug | name | unit code | building | level | room or empty | by appointment | keywords | description */
	static final String SERVICE_POINTS = """
			onthaal|Onthaal gemeentehuis|ONTH|gemeentehuis|0||nee|balie informatie vragen welkom|Het onthaal helpt u op weg naar de juiste dienst en beantwoordt eenvoudige vragen meteen.
			personeelsdienst|Personeelsdienst gemeente en OCMW|PERS|gemeentehuis|0||ja|personeel hr vacatures|De personeelsdienst van gemeente en OCMW: vacatures, sollicitaties en vragen van medewerkers.
			burgerzaken|Dienst Burgerzaken|BURG|gemeentehuis|0||nee|bevolking burgerlijke stand identiteitskaart paspoort reispas eid rijbewijs|Voor identiteitskaarten, paspoorten, rijbewijzen, attesten, huwelijk, geboorte en overlijden.
			cultuur-jeugddienst|Cultuur- en jeugddienst|CULT|gemeentehuis|0||nee|cultuur jeugd vrije tijd|Voor verenigingen, jeugdwerk, cultuuractiviteiten en subsidies.
			uitloket|UiTloket|CULT|gemeentehuis|0||nee|uit tickets uitpas|Tickets en UiTPAS voor voorstellingen en activiteiten in de gemeente.
			secretariaat-burgemeester|Secretariaat burgemeester|SECR|gemeentehuis|1|Bureel burgemeester|ja|burgemeester afspraak schepen|Voor een afspraak met de burgemeester of een schepen.
			communicatie|Dienst communicatie|COMM|gemeentehuis|1||nee|communicatie infoblad website pers|Infoblad, website, sociale media en persberichten.
			secretariaat|Secretariaat|SECR|gemeentehuis|2||nee|secretariaat gemeenteraad notulen besluiten|Het secretariaat van gemeente en OCMW: gemeenteraad, college en besluiten.
			financiele-dienst|Financiële dienst|FIN|gemeentehuis|2||nee|financien facturen betalingen belastingen|Facturen, betalingen en gemeentebelastingen van gemeente en OCMW.
			veiligheid|Stafmedewerker veiligheid|ALGDIR|gemeentehuis|3||ja|veiligheid noodplanning|Noodplanning en veiligheid in de gemeente.
			erfgoed|Stafmedewerker erfgoed|CULT|gemeentehuis|3||ja|erfgoed archief geschiedenis|Erfgoed, archief en lokale geschiedenis.
			evenementen|Coördinator evenementen|CULT|gemeentehuis|3||ja|evenementen feest fuif markt|Aanvragen en begeleiding van evenementen.
			sociale-dienst|Sociale dienst (Sociaal Huis)|SOC|ocmw|0||nee|ocmw sociaal huis hulp steun maatschappelijk werker|Het onthaal en de maatschappelijk werkers van de sociale dienst van het OCMW.
			ict|ICT-dienst|ICT|ocmw|0||ja|ict informatica computer|De ICT-dienst van gemeente en OCMW (voor medewerkers en scholen).
			infrastructuur|Dienst infrastructuur gemeente en OCMW|INFRA|site-bloemestraat|0||nee|infrastructuur technische dienst wegen gebouwen groen|Wegen, gebouwen, groen en ophaling voor gemeente en OCMW.
			mop-team|MOP-team|SOC|site-bloemestraat|0||ja|mop maatschappelijk ondersteuningsproject|Het team van het maatschappelijk ondersteuningsproject.
			omgeving|Dienst omgeving|RO|site-bloemestraat|0||ja|omgeving ruimtelijke ordening stedenbouw milieu|Omgevingsvergunningen, stedenbouw en leefmilieu.
			""";

	/** slug | name | service point slugs | appointment | cost | what to bring | keywords | popularity | description */
	static final String TASKS = """
			identiteitskaart|Identiteitskaart (eID) aanvragen|burgerzaken|nee|€ 20,50|Uw huidige identiteitskaart en de oproepingsbrief met pin- en pukcode als u die hebt.|eid elektronische identiteitskaart id-kaart identiteitsbewijs pincode|95|U vraagt een nieuwe identiteitskaart aan bij de dienst Burgerzaken. Na ongeveer drie weken haalt u ze af.
			paspoort|Paspoort aanvragen|burgerzaken|ja|€ 71 voor volwassenen, € 41 voor min-18-jarigen|Uw identiteitskaart, een recente pasfoto en uw oude paspoort.|reispas reisdocument pas eid buitenland reizen|90|Voor reizen buiten Europa hebt u een paspoort nodig. Maak een afspraak bij de dienst Burgerzaken.
			kids-id|Kids-ID aanvragen|burgerzaken|nee|€ 7,50|Een recente pasfoto van uw kind; uw kind komt mee.|kinderidentiteitskaart kind identiteitsbewijs reizen kinderen|70|Een identiteitsbewijs voor kinderen jonger dan 12 jaar, nodig om te reizen in Europa.
			rijbewijs|Rijbewijs aanvragen|burgerzaken|nee|€ 25|Uw identiteitskaart, het bewijs van slagen voor het examen en een pasfoto.|rijbewijs bankkaartmodel autorijden auto|85|Na uw praktisch examen vraagt u uw rijbewijs aan bij de dienst Burgerzaken.
			voorlopig-rijbewijs|Voorlopig rijbewijs aanvragen|burgerzaken|nee|€ 25|Uw identiteitskaart, het bewijs van slagen voor het theorie-examen en een pasfoto.|leervergunning rijles oefenen theorie-examen|60|Met een voorlopig rijbewijs mag u oefenen voor het praktisch examen.
			internationaal-rijbewijs|Internationaal rijbewijs aanvragen|burgerzaken|nee|€ 16|Uw Belgisch rijbewijs en een pasfoto.|rijbewijs buitenland reizen|30|Voor rijden in sommige landen buiten Europa.
			attest-gezinssamenstelling|Attest gezinssamenstelling|burgerzaken|nee|gratis|Uw identiteitskaart.|uittreksel gezin samenstelling bewijs gezinssamenstelling|65|Een attest met wie er op uw adres woont. U kunt het ook online afdrukken met uw eID.
			bewijs-van-woonst|Bewijs van woonst|burgerzaken|nee|gratis|Uw identiteitskaart.|woonplaats adresbewijs attest van woonst domicilie|55|Een attest dat u op uw adres ingeschreven bent.
			uittreksel-strafregister|Uittreksel uit het strafregister|burgerzaken|nee|gratis|Uw identiteitskaart.|goed gedrag en zeden bewijs van goed gedrag strafblad|60|Vroeger het bewijs van goed gedrag en zeden, bijvoorbeeld voor een sollicitatie.
			adreswijziging|Verhuizen: adreswijziging doorgeven|burgerzaken|nee|gratis|De identiteitskaarten van alle verhuizende gezinsleden.|verhuis verhuizen nieuw adres domicilie inschrijving|75|Geef uw nieuwe adres binnen 8 werkdagen na uw verhuis door. De wijkagent komt langs.
			huwelijk|Trouwen (huwelijksaangifte)|burgerzaken|ja|gratis op weekdagen|De identiteitskaarten van beide partners en eventueel een geboorteakte.|trouwen huwelijk aangifte huwelijk trouwzaal|45|Doe uw huwelijksaangifte ten vroegste zes maanden en ten laatste twee weken voor het huwelijk.
			wettelijke-samenwoning|Wettelijke samenwoning|burgerzaken|ja|gratis|De identiteitskaarten van beide partners.|samenwonen verklaring samenwoonst|35|U legt samen een verklaring van wettelijke samenwoning af bij de dienst Burgerzaken.
			geboorteaangifte|Aangifte van een geboorte|burgerzaken|nee|gratis|Uw identiteitskaart en het geboortebericht van het ziekenhuis.|geboorte baby kind aangifte geboorteakte|50|Geef de geboorte aan binnen 15 dagen. Vaak kan dat al in het ziekenhuis.
			overlijden|Aangifte van een overlijden|burgerzaken|nee|gratis|De identiteitskaart van de overledene en het attest van de arts.|overlijden sterfgeval begrafenis crematie|40|Meestal doet de begrafenisondernemer de aangifte voor u.
			nationaliteit|Belgische nationaliteit aanvragen|burgerzaken|ja|€ 150|Uw verblijfskaart, geboorteakte en bewijzen van integratie.|naturalisatie nationaliteitsverklaring belg worden|20|U legt een nationaliteitsverklaring af bij de dienst Burgerzaken.
			euthanasie|Wilsverklaring euthanasie registreren|burgerzaken|nee|gratis|Uw identiteitskaart en het ingevulde formulier met twee getuigen.|wilsverklaring euthanasie levenseinde|15|U laat uw wilsverklaring registreren zodat artsen ze kunnen raadplegen.
			orgaandonatie|Orgaandonatie registreren|burgerzaken|nee|gratis|Uw identiteitskaart.|donor organen orgaandonor|20|U laat registreren dat u orgaandonor wilt zijn (of net niet).
			parkeerkaart|Bewonerskaart om te parkeren|burgerzaken|nee|€ 10 per jaar|Uw identiteitskaart en het inschrijvingsbewijs van uw wagen.|parkeren bewonerskaart parkeerkaart blauwe zone|25|Met een bewonerskaart parkeert u in uw eigen straat in de blauwe zone.
			leefloon|Leefloon aanvragen|sociale-dienst|nee|gratis|Uw identiteitskaart, bankrekeningnummer en bewijzen van uw inkomen.|leefloon bijstand uitkering inkomen geld ocmw sociale hulp|80|Hebt u geen of te weinig inkomen? Kom langs bij de sociale dienst. U krijgt een beslissing binnen 30 dagen.
			financiele-steun|Financiële steun aanvragen|sociale-dienst|nee|gratis|Uw identiteitskaart en de rekeningen die u niet kunt betalen.|financiele hulp steun rekeningen betalen noodhulp|55|De sociale dienst bekijkt met u welke hulp mogelijk is.
			huurwaarborg|Hulp bij een huurwaarborg|sociale-dienst|nee|gratis|Uw identiteitskaart en het huurcontract.|waarborg huur huurwaarborg woning|35|Het OCMW kan uw huurwaarborg voorschieten of een waarborg geven.
			medische-kaart|Medische kaart aanvragen|sociale-dienst|nee|gratis|Uw identiteitskaart en uw ziekenfondskaart.|dokter apotheek medische kosten ziekenhuis|40|Met een medische kaart betaalt het OCMW (een deel van) uw medische kosten.
			budgetbegeleiding|Budgetbegeleiding|sociale-dienst|ja|gratis|Een overzicht van uw inkomsten en vaste kosten.|budgetbeheer budget geld beheren|35|Een maatschappelijk werker helpt u uw geld te beheren.
			schuldbemiddeling|Schuldbemiddeling|sociale-dienst|ja|gratis|Een overzicht van uw schulden en de brieven van schuldeisers.|schulden afbetalen schuldhulp deurwaarder|35|Samen met u maken we een afbetalingsplan met uw schuldeisers.
			energie|Hulp bij uw energiefactuur|sociale-dienst|nee|gratis|Uw laatste energiefactuur.|energie gas elektriciteit stookoliepremie verwarmingstoelage|30|Hulp bij een hoge factuur, een budgetmeter of de verwarmingstoelage.
			mop|Maatschappelijk ondersteuningsproject (MOP)|mop-team|ja|gratis||mop ondersteuning begeleiding|10|Begeleiding door het MOP-team.
			omgevingsvergunning|Omgevingsvergunning aanvragen (bouwen of verbouwen)|omgeving|ja|volgens het retributiereglement|Uw plannen en de aanvraag via het omgevingsloket.|bouwvergunning bouwen verbouwen vergunning stedenbouw|50|Voor bouwen, verbouwen of slopen hebt u vaak een omgevingsvergunning nodig.
			melding-milieu|Milieuklacht of melding|omgeving|nee|gratis||milieu geluid overlast stank|15|Meld geluidshinder, geur of andere milieuhinder.
			grofvuil|Grofvuil laten ophalen|infrastructuur|ja|volgens het afvalreglement||grofvuil afval ophaling huisvuil containerpark|60|Laat grofvuil aan huis ophalen door de gemeente.
			recyclagepark|Toegang tot het recyclagepark|infrastructuur|nee|gratis|Uw identiteitskaart.|recyclagepark containerpark afval|45|Het recyclagepark gebruikt uw identiteitskaart als toegangskaart.
			melding-openbaar-domein|Melding openbaar domein|infrastructuur|nee|gratis||straat put verlichting kapotte lamp stoep voetpad|40|Meld een probleem op straat, een kapotte lamp of een gevaarlijke stoep.
			nutsleiding|Aanvraag inname openbaar domein|infrastructuur|nee|gratis||container stelling werf parkeerverbod|20|Voor een container, stelling of verhuislift op de openbare weg.
			evenement|Evenement aanvragen|evenementen|ja|gratis||evenement fuif feest vergunning markt|30|Organiseert u een evenement? Vraag het minstens twee maanden vooraf aan.
			zaal-huren|Een zaal huren|onthaal|nee|volgens het tarief van de zaal||zaal huren feestzaal polyvalente ruimte vergaderzaal|25|Het onthaal helpt u met de reservatie van een gemeentelijke zaal.
			klacht|Een klacht indienen|onthaal|nee|gratis||klacht ontevreden melding ombudsman|25|Niet tevreden over onze dienstverlening? Het onthaal registreert uw klacht.
			uitpas|UiTPAS kopen|uitloket|nee|€ 5, met kansentarief € 1|Uw identiteitskaart.|uitpas vrije tijd kansentarief korting|35|Met de UiTPAS spaart u punten en krijgt u korting op vrijetijdsactiviteiten.
			tickets|Tickets voor voorstellingen|uitloket|nee|volgens de voorstelling||tickets cultuur voorstelling theater concert|30|Koop tickets voor voorstellingen in de gemeente.
			jeugdsubsidie|Subsidie voor een jeugdvereniging|cultuur-jeugddienst|nee|gratis||jeugd subsidie jeugdbeweging vereniging|15|Erkende jeugdverenigingen krijgen werkingssubsidies.
			speelplein|Inschrijven voor de speelpleinwerking|cultuur-jeugddienst|nee|€ 5 per dag||speelplein vakantie kinderen zomer|30|Speelpleinwerking in de schoolvakanties voor kinderen van 3 tot 14 jaar.
			vacature|Solliciteren bij gemeente of OCMW|personeelsdienst|nee|gratis|Uw cv en motivatiebrief.|vacature job werken sollicitatie|30|Bekijk onze vacatures en solliciteer.
			factuur|Vraag over een factuur|financiele-dienst|nee|gratis|De factuur of het aanslagbiljet.|factuur betaling rekening afbetaling|30|Vragen over een factuur of een betaling van gemeente of OCMW.
			belastingen|Gemeentebelastingen|financiele-dienst|nee|gratis|Uw aanslagbiljet.|belasting aanslagbiljet bezwaar|25|Vragen over gemeentebelastingen of een bezwaar indienen.
			afspraak-burgemeester|Afspraak met de burgemeester|secretariaat-burgemeester|ja|gratis||burgemeester schepen afspraak spreekuur|20|Maak een afspraak met de burgemeester of een schepen.
			erfgoed|Archief en erfgoed raadplegen|erfgoed|ja|gratis||archief erfgoed geschiedenis stamboom|10|Raadpleeg het gemeentearchief of stel een vraag over lokaal erfgoed.
			gemeenteraad|Besluiten van de gemeenteraad|secretariaat|nee|gratis||gemeenteraad besluiten notulen agenda|15|Agenda, besluiten en notulen van gemeenteraad en college.
			""";

	/** English search words of service points and tasks: slug | words (what people type in English). */
	static final String ENGLISH_KEYWORDS = """
			onthaal|reception information desk help welcome front desk
			personeelsdienst|human resources hr personnel jobs staff
			burgerzaken|civil affairs population registry registry office citizen services identity card passport driving licence
			cultuur-jeugddienst|culture youth leisure associations clubs
			uitloket|tickets leisure pass culture events
			secretariaat-burgemeester|mayor office appointment alderman
			communicatie|communication press website newsletter
			secretariaat|secretariat council minutes decisions
			financiele-dienst|finance invoices payments taxes
			veiligheid|safety security emergency planning
			erfgoed|heritage archive history
			evenementen|events festival party
			sociale-dienst|social service social welfare welfare office social assistance social worker public social welfare centre
			ict|it computer helpdesk
			infrastructuur|infrastructure public works technical service roads buildings green
			mop-team|social support project
			omgeving|environment planning permit urban planning
			identiteitskaart|identity card id card eid electronic identity
			paspoort|passport travel document
			kids-id|kids id child identity card children
			rijbewijs|driving licence driving license driver licence drivers license car
			voorlopig-rijbewijs|provisional driving licence learner permit driving lessons
			internationaal-rijbewijs|international driving licence international driving permit
			attest-gezinssamenstelling|household composition certificate family composition
			bewijs-van-woonst|proof of residence certificate of residence proof of address
			uittreksel-strafregister|criminal record certificate of good conduct police record
			adreswijziging|change of address moving house new address relocation
			huwelijk|marriage wedding getting married
			wettelijke-samenwoning|legal cohabitation registered partnership
			geboorteaangifte|birth registration birth certificate baby
			overlijden|death registration death certificate funeral
			nationaliteit|belgian nationality citizenship naturalisation naturalization
			euthanasie|euthanasia advance directive living will
			orgaandonatie|organ donation organ donor
			parkeerkaart|residents parking permit parking card
			leefloon|income support living wage minimum income social benefit welfare benefit
			financiele-steun|financial support financial aid financial help bills emergency aid
			huurwaarborg|rent deposit rental guarantee
			medische-kaart|medical card medical costs doctor pharmacy hospital
			budgetbegeleiding|budget guidance budget coaching money management
			schuldbemiddeling|debt mediation debt counselling debt help debts
			energie|energy bill gas electricity heating allowance
			mop|social support project guidance
			omgevingsvergunning|building permit planning permission environmental permit construction renovation
			melding-milieu|environmental complaint noise nuisance smell
			grofvuil|bulky waste large waste collection bulky items
			recyclagepark|recycling park recycling centre recycling center waste
			melding-openbaar-domein|report street problem broken street light pothole pavement
			nutsleiding|public domain use skip scaffolding road occupation
			evenement|event permit party festival
			zaal-huren|room hire hall rental rent a room venue
			klacht|complaint ombudsman
			uitpas|leisure pass uitpas discount card
			tickets|tickets theatre concert show
			jeugdsubsidie|youth grant youth club subsidy
			speelplein|playground holiday play scheme children summer
			vacature|jobs vacancy apply job application
			factuur|invoice bill payment
			belastingen|local taxes tax assessment objection
			afspraak-burgemeester|appointment with the mayor mayor alderman
			erfgoed-task|heritage archive genealogy history
			gemeenteraad|council decisions minutes agenda municipal council
			""";

	private final JdbcClient jdbc;

	private final Buildings buildings;

	private final ServicePoints servicePoints;

	private final ServicePointHours hours;

	private final Tasks tasks;

	private final OrganisationChart organisation;

	private final java.time.Clock clock;

	DemoDirectory(JdbcClient jdbc, Buildings buildings, ServicePoints servicePoints, ServicePointHours hours, Tasks tasks,
			OrganisationChart organisation, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.buildings = buildings;
		this.servicePoints = servicePoints;
		this.hours = hours;
		this.tasks = tasks;
		this.organisation = organisation;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select count(*) from dir_building").query(Long.class).single() > 0) {
			return;
		}
		var floors = new HashMap<String, Long>();
		var rooms = new HashMap<String, Long>();
		var gemeentehuis = buildings.create(new BuildingValues("gemeentehuis", "Gemeentehuis", "Marktplein",
				"1", "9990", "Maldegem", "Hoofdingang aan het Marktplein; het onthaal is meteen rechts.", true, true, true,
				"Toegankelijke ingang zonder trappen; lift naar alle verdiepingen; aangepast toilet op het gelijkvloers."));
		floor(floors, "gemeentehuis", gemeentehuis, -1, "kelder (-1)");
		floor(floors, "gemeentehuis", gemeentehuis, 0, "gelijkvloers");
		floor(floors, "gemeentehuis", gemeentehuis, 1, "1ste verdieping");
		floor(floors, "gemeentehuis", gemeentehuis, 2, "2de verdieping");
		floor(floors, "gemeentehuis", gemeentehuis, 3, "3de verdieping");
		room(rooms, floors, "gemeentehuis", -1, "Polyvalente ruimte");
		room(rooms, floors, "gemeentehuis", -1, "Refter");
		room(rooms, floors, "gemeentehuis", 1, "Trouwzaal");
		room(rooms, floors, "gemeentehuis", 1, "Bureel burgemeester");
		room(rooms, floors, "gemeentehuis", 2, "Bureel secretaris");
		room(rooms, floors, "gemeentehuis", 2, "Bureel beleid en organisatie");
		room(rooms, floors, "gemeentehuis", 2, "Bureel financieel beheerder");
		room(rooms, floors, "gemeentehuis", 2, "Collegezaal");
		room(rooms, floors, "gemeentehuis", 3, "Raadzaal");
		var ocmw = buildings.create(new BuildingValues("ocmw", "OCMW-administratief gebouw", "Mariastraat", "10",
				"9990", "Maldegem", "Ingang via de parking; bel aan bij het onthaal van de sociale dienst.", true, false, true,
				"Alle diensten op het gelijkvloers; aparte gespreksruimtes voor vertrouwelijke gesprekken."));
		floor(floors, "ocmw", ocmw, 0, "gelijkvloers");
		var bloemestraat = buildings.create(new BuildingValues("site-bloemestraat", "Site Bloemestraat",
				"Bloemestraat", "25", "9990", "Maldegem", "Ingang via de poort; het bureel is links op de binnenplaats.",
				true, false, false, "Binnenplaats met kasseien; de bureelruimte is gelijkvloers."));
		floor(floors, "site-bloemestraat", bloemestraat, 0, "gelijkvloers");

		// through the organogram's API, not its tables: the units as they were at the start, and those created since
		var units = new HashMap<String, Long>();
		for (var date : List.of(START, LocalDate.now(clock))) {
			organisation.units(date).forEach(unit -> units.put(unit.code(), unit.id().value()));
		}
		var english = new HashMap<String, String>();
		for (var line : ENGLISH_KEYWORDS.strip().split("\n")) {
			var f = line.strip().split("\\|", -1);
			english.put(f[0], f[1]);
		}
		var points = new HashMap<String, Long>();
		for (var line : SERVICE_POINTS.strip().split("\n")) {
			var f = line.strip().split("\\|", -1);
			var unit = units.get(f[2]);
			if (unit == null) {
				continue;
			}
			var floorId = floors.get(f[3] + "/" + f[4]);
			var roomId = f[5].isEmpty() ? null : rooms.get(f[3] + "/" + f[4] + "/" + f[5]);
			var id = servicePoints.create(new ServicePointValues(f[0], f[1], unit, f[8], "050 72 86 00",
					f[0] + "@maldegem.example", null, "ja".equals(f[6]), f[7], english.getOrDefault(f[0], "")), floorId,
					roomId, START);
			points.put(f[0], id);
			hours(f[0], id);
		}
		for (var line : TASKS.strip().split("\n")) {
			var f = line.strip().split("\\|", -1);
			var linked = new ArrayList<Long>();
			Arrays.stream(f[2].split(",")).map(points::get).filter(id -> id != null).forEach(linked::add);
			// the task "erfgoed" shares its slug with a service point: its English words are under "erfgoed-task"
			var englishWords = english.getOrDefault("erfgoed".equals(f[0]) ? "erfgoed-task" : f[0], "");
			tasks.create(new TaskValues(f[0], f[1], f[8], f[5], f[4], "ja".equals(f[3]), f[6], englishWords,
					Integer.parseInt(f[7])), linked);
		}
		// the upcoming move: communication goes to the 2nd floor, next to the secretariat, on 1 January
		var nextNewYear = LocalDate.of(LocalDate.now(clock).getYear() + 1, 1, 1);
		servicePoints.relocate(points.get("communicatie"), floors.get("gemeentehuis/2"), null, nextNewYear);
		holidays(points, nextNewYear.getYear() - 1);
		holidays(points, nextNewYear.getYear());
	}

	private void hours(String slug, long servicePointId) {
		var slots = new ArrayList<Slot>();
		switch (slug) {
			case "onthaal", "burgerzaken" -> {
				for (int day = 1; day <= 5; day++) {
					slots.add(slot(day, "08:30", "12:00"));
					if (day != 3) {
						slots.add(slot(day, "13:30", "16:00"));
					}
				}
				slots.add(slot(3, "13:30", "19:00"));
				if ("burgerzaken".equals(slug)) {
					slots.add(slot(6, "09:00", "12:00"));
				}
			}
			case "sociale-dienst" -> {
				for (int day = 1; day <= 5; day++) {
					slots.add(slot(day, "09:00", "12:00"));
				}
				slots.add(slot(2, "13:30", "16:00"));
				slots.add(slot(4, "13:30", "16:00"));
			}
			case "uitloket" -> {
				for (int day = 2; day <= 6; day++) {
					slots.add(slot(day, "10:00", "12:30"));
				}
				slots.add(slot(3, "14:00", "18:00"));
			}
			default -> {
				for (int day = 1; day <= 5; day++) {
					slots.add(slot(day, "08:30", "12:00"));
					slots.add(slot(day, "13:00", "16:30"));
				}
			}
		}
		hours.addSchedule(servicePointId, "Openingsuren", START, null, slots);
	}

	private void holidays(Map<String, Long> points, int year) {
		var days = List.of(new Object[] { LocalDate.of(year, 1, 1), "Nieuwjaar" },
				new Object[] { LocalDate.of(year, 5, 1), "Dag van de Arbeid" },
				new Object[] { LocalDate.of(year, 7, 11), "Feest van de Vlaamse Gemeenschap" },
				new Object[] { LocalDate.of(year, 7, 21), "Nationale feestdag" },
				new Object[] { LocalDate.of(year, 8, 15), "Onze-Lieve-Vrouw-Hemelvaart" },
				new Object[] { LocalDate.of(year, 11, 1), "Allerheiligen" },
				new Object[] { LocalDate.of(year, 11, 11), "Wapenstilstand" },
				new Object[] { LocalDate.of(year, 12, 25), "Kerstmis" },
				new Object[] { LocalDate.of(year, 12, 26), "Tweede kerstdag" });
		for (var id : points.values()) {
			for (var day : days) {
				hours.addException(id, (LocalDate) day[0], true, null, null, (String) day[1]);
			}
		}
		hours.addException(points.get("burgerzaken"), LocalDate.of(year, 12, 24), false,
				LocalTime.of(8, 30), LocalTime.of(12, 0), "Kerstavond: enkel in de voormiddag");
	}

	private void floor(Map<String, Long> floors, String building, long buildingId, int level, String name) {
		floors.put(building + "/" + level, buildings.addFloor(buildingId, level, name));
	}

	private void room(Map<String, Long> rooms, Map<String, Long> floors, String building, int level, String name) {
		rooms.put(building + "/" + level + "/" + name, buildings.addRoom(floors.get(building + "/" + level), name));
	}

	private static Slot slot(int day, String opens, String closes) {
		return new Slot(DayOfWeek.of(day), LocalTime.parse(opens), LocalTime.parse(closes));
	}

}

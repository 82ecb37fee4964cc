package be.eenloket.purchasing.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import be.eenloket.directory.DirectoryCatalog;
import be.eenloket.organisation.OrganisationChart;
import be.eenloket.organisation.UnitSummary;
import be.eenloket.shared.Period;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo purchasing: suppliers, budget codes for gemeente and OCMW, delegations and visum exemptions, about twenty
 * requests in every state (the joint ICT server split 50/50, a request flagged for splitting, one waiting for the
 * financial director, one above the European threshold) and maintenance contracts, of which the lift of the
 * Gemeentehuis reaches its notice deadline next month. Requests go through the real workflow, so every state is
 * one the application itself could have produced.
 */
@Component
@Profile("demo")
@Order(80)
class DemoPurchasing implements ApplicationRunner {

	private final MasterData masterData;

	private final PurchasingWorkflow workflow;

	private final PurchaseRequests requests;

	private final Suppliers suppliers;

	private final Contracts contracts;

	private final ContractManagement contractManagement;

	private final OrganisationChart organisation;

	private final DirectoryCatalog directory;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoPurchasing(MasterData masterData, PurchasingWorkflow workflow, PurchaseRequests requests, Suppliers suppliers,
			Contracts contracts, ContractManagement contractManagement, OrganisationChart organisation,
			DirectoryCatalog directory, TransactionTemplate transactions, Clock clock) {
		this.masterData = masterData;
		this.workflow = workflow;
		this.requests = requests;
		this.suppliers = suppliers;
		this.contracts = contracts;
		this.contractManagement = contractManagement;
		this.organisation = organisation;
		this.directory = directory;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (suppliers.count() > 0) {
			return;
		}
		transactions.executeWithoutResult(status -> masterDataAndContracts());
		// one transaction: the demo walks each request through its steps on the same loaded aggregate
		transactions.executeWithoutResult(status -> requests());
	}

	private Supplier ictSupplier;

	private Supplier liftSupplier;

	private Supplier cleaningSupplier;

	private Supplier officeSupplier;

	private Supplier buildSupplier;

	private Supplier furnitureSupplier;

	private Contract cleaning;

	private void masterDataAndContracts() {
		var today = LocalDate.now(clock);
		ictSupplier = masterData.createSupplier(new Supplier.SupplierValues("Dataserv Vlaanderen NV", "0412345614",
				"BE0412345614", "BE83363012345615", "Industrielaan", "14", "9900", "Eeklo", "Jonas Verstraete",
				"verkoop@dataserv.example", "09 377 10 10"));
		liftSupplier = masterData.createSupplier(new Supplier.SupplierValues("Liftonderhoud Meetjesland BV",
				"0423456765", "BE0423456765", "BE62735012345761", "Stationsstraat", "88", "9900", "Eeklo", "Sara Claeys",
				"onderhoud@liftmeetjesland.example", "09 378 22 22"));
		cleaningSupplier = masterData.createSupplier(new Supplier.SupplierValues("Proper Schoonmaak BV", "0434567819",
				"BE0434567819", "BE05448012345875", "Brugsesteenweg", "201", "9990", "Maldegem", "Ilse De Smet",
				"offerte@proper.example", "050 71 33 33"));
		officeSupplier = masterData.createSupplier(new Supplier.SupplierValues("Kantoorpunt Meetjesland BV",
				"0445678970", "BE0445678970", "BE58143012345979", "Markt", "3", "9990", "Maldegem", null,
				"bestel@kantoorpunt.example", null));
		buildSupplier = masterData.createSupplier(new Supplier.SupplierValues("Bouwbedrijf Van Maldeghem NV",
				"0456789034", "BE0456789034", "BE19737012345012", "Noordstraat", "40", "9991", "Adegem", "Koen Van Maldeghem",
				null, "050 71 44 44"));
		furnitureSupplier = masterData.createSupplier(new Supplier.SupplierValues("Interieur Noord BV", "0467890188",
				"BE0467890188", "BE80891012345177", "Gentsesteenweg", "120", "9990", "Maldegem", null,
				"info@interieurnoord.example", null));

		var year = today.getYear();
		for (var budgetYear : List.of(year, year + 1)) {
			csv(budgetYear);
		}
		masterData.addDelegation(DecisionBody.ALGEMEEN_DIRECTEUR, "GEM", new BigDecimal("30000"), LocalDate.of(2025, 1, 1),
				null, "GR " + "2025-01-27, punt 12");
		masterData.addDelegation(DecisionBody.COLLEGE, "GEM", new BigDecimal("250000"), LocalDate.of(2025, 1, 1), null,
				"GR 2025-01-27, punt 12");
		masterData.addDelegation(DecisionBody.ALGEMEEN_DIRECTEUR, "OCMW", new BigDecimal("15000"), LocalDate.of(2025, 1, 1),
				null, "RMW 2025-01-27, punt 8");
		masterData.addDelegation(DecisionBody.VAST_BUREAU, "OCMW", new BigDecimal("250000"), LocalDate.of(2025, 1, 1),
				null, "RMW 2025-01-27, punt 8");
		masterData.addExemption("GEM", new BigDecimal("5000"), LocalDate.of(2025, 1, 1), null, "GR 2025-01-27, punt 13");
		masterData.addExemption("OCMW", new BigDecimal("5000"), LocalDate.of(2025, 1, 1), null, "RMW 2025-01-27, punt 9");
		masterData.ensureInvoiceAddress("GEM", "Gemeente Maldegem, Marktplein 1, 9990 Maldegem", "facturen@maldegem.example");
		masterData.ensureInvoiceAddress("OCMW", "OCMW Maldegem, Mariastraat 10, 9990 Maldegem", "facturen.ocmw@maldegem.example");

		// the lift of the Gemeentehuis: renews by the year; the deadline to give notice falls next month
		var deadline = today.plusMonths(1);
		var termEnd = deadline.plusDays(1).plusMonths(3).minusDays(1);
		contractManagement.create(new Contract.Values("OC-2019-LIFT", "Onderhoud lift Gemeentehuis",
				Contract.Kind.MAINTENANCE, liftSupplier, "50", Set.of("GEM"),
				new ContractTerms(termEnd.plusDays(1).minusYears(1), termEnd, 12, 3), new BigDecimal("9500"),
				Procedure.BEPERKTE_WAARDE, null));
		// cleaning of the administrative buildings, for both: ends within three months and is mostly used up
		cleaning = contractManagement.create(new Contract.Values("RO-2023-SCHOON", "Schoonmaak administratieve gebouwen",
				Contract.Kind.FRAMEWORK, cleaningSupplier, "90", Set.of("GEM", "OCMW"),
				new ContractTerms(today.minusYears(3).withDayOfMonth(1), today.plusDays(75), null, 0),
				new BigDecimal("60000"), Procedure.ONDERHANDELING_ZONDER_BEKENDMAKING, null));
		contractManagement.create(new Contract.Values("RO-2026-ICT", "Raamovereenkomst laptops en randapparatuur",
				Contract.Kind.FRAMEWORK, ictSupplier, "30", Set.of("GEM", "OCMW"),
				new ContractTerms(LocalDate.of(year, 1, 1), LocalDate.of(year + 5, 12, 31), null, 0),
				new BigDecimal("400000"), Procedure.EUROPESE_BEKENDMAKING,
				"Zes jaar om de vervanging van alle toestellen in twee golven af te stemmen op de afschrijving."));
		contractManagement.create(new Contract.Values("OC-2024-HVAC", "Onderhoud verwarming en ventilatie",
				Contract.Kind.MAINTENANCE, buildSupplier, "50", Set.of("GEM", "OCMW"),
				new ContractTerms(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), 24, 6), new BigDecimal("48000"),
				Procedure.ONDERHANDELING_ZONDER_BEKENDMAKING, null));
	}

	private void csv(int year) {
		var text = String.join("\n", String.join(";", MasterData.CSV_HEADER),
				"GEM;" + year + ";2420000;0119;ICT-01;Informatica-uitrusting gemeente;150000",
				"GEM;" + year + ";6140000;0119;;Kantoorbenodigdheden gemeente;40000",
				"GEM;" + year + ";6130000;0119;;Onderhoud gebouwen gemeente;120000",
				"GEM;" + year + ";2410000;0119;;Meubilair gemeente;60000",
				"GEM;" + year + ";6150000;0119;;Schoonmaak gemeente;400000",
				"GEM;" + year + ";2210000;0119;INV-12;Werken administratief centrum;900000",
				"OCMW;" + year + ";2420000;0119;ICT-01;Informatica-uitrusting OCMW;120000",
				"OCMW;" + year + ";6140000;0900;;Kantoorbenodigdheden OCMW;25000",
				"OCMW;" + year + ";6150000;0119;;Schoonmaak OCMW;300000",
				"OCMW;" + year + ";6100000;0900;;Zorgmateriaal sociale dienst;30000",
				"OCMW;" + year + ";2410000;0900;;Meubilair OCMW;30000");
		masterData.importBudgetCodes(new java.io.StringReader(text), false);
	}

	private UnitSummary unit(String code) {
		return organisation.units(LocalDate.now(clock)).stream().filter(unit -> unit.code().equals(code)).findFirst()
			.orElseThrow();
	}

	private long code(String entity, String account) {
		var year = LocalDate.now(clock).plusDays(30).getYear();
		return masterData.budgetCodes().stream().filter(code -> code.getLegalEntityCode().equals(entity)
				&& code.getBudgetYear() == year && code.getAccount().equals(account)).findFirst().orElseThrow().getId();
	}

	private long submit(String unit, String title, String category, String value, String justification, String user,
			List<Long> codes, List<String> percentages) {
		var draft = new PurchaseRequest.Draft(title, category, new BigDecimal(value), new BigDecimal("21"),
				LocalDate.now(clock).plusDays(30), justification);
		var submission = new PurchasingWorkflow.Submission(draft, unit(unit).id().value(), true, codes,
				percentages.stream().map(BigDecimal::new).toList(), UUID.randomUUID());
		return workflow.submitFor(submission, unit(unit), user).getId();
	}

	private long version(long id) {
		return requests.findById(id).orElseThrow().getVersion();
	}

	private static final PurchasingWorkflow.Actor FD = new PurchasingWorkflow.Actor("financieeldirecteur", Set.of());

	private static final PurchasingWorkflow.Actor AD = new PurchasingWorkflow.Actor("algemeendirecteur", Set.of());

	private static final PurchasingWorkflow.Actor SECR = new PurchasingWorkflow.Actor("secretariaat", Set.of());

	private static final PurchasingWorkflow.Actor BUYER = new PurchasingWorkflow.Actor("aankoper", Set.of());

	private void procedure(long id, String justification) {
		var request = requests.findById(id).orElseThrow();
		workflow.confirmProcedure(id, request.getVersion(), request.getProcedure().getProposed(), justification, false);
	}

	private void visumAll(long id) {
		for (var share : requests.findById(id).orElseThrow().getShares()) {
			if (share.getVisum() == Visum.PENDING) {
				workflow.visum(id, version(id), share.getLegalEntityCode(), Visum.GIVEN, null, FD);
			}
		}
	}

	private void approveAll(long id, String number) {
		var today = LocalDate.now(clock);
		for (var share : requests.findById(id).orElseThrow().getShares()) {
			var bodies = workflow.competentBodies(share);
			if (bodies.get(0) == DecisionBody.ALGEMEEN_DIRECTEUR) {
				workflow.approveAsGeneralDirector(id, version(id), share.getLegalEntityCode(), AD);
			}
			else {
				workflow.recordDecision(id, version(id), share.getLegalEntityCode(), bodies.get(0), today,
						number + "/" + share.getLegalEntityCode(), SECR);
			}
		}
	}

	private void order(long id, Supplier supplier, String building, Long contract, Object... lines) {
		var drafts = new java.util.ArrayList<PurchaseRequest.LineDraft>();
		for (var i = 0; i < lines.length; i += 3) {
			drafts.add(new PurchaseRequest.LineDraft((String) lines[i], new BigDecimal((String) lines[i + 1]),
					new BigDecimal((String) lines[i + 2])));
		}
		var buildingId = directory.buildings().stream().filter(b -> b.slug().equals(building)).findFirst().orElseThrow().id();
		workflow.order(id, version(id), supplier.getId(), drafts, buildingId, contract);
	}

	private void requests() {
		var today = LocalDate.now(clock);
		var gemIct = code("GEM", "2420000");
		var ocmwIct = code("OCMW", "2420000");
		var gemOffice = code("GEM", "6140000");
		var ocmwOffice = code("OCMW", "6140000");
		var gemFurniture = code("GEM", "2410000");
		var ocmwCare = code("OCMW", "6100000");
		var gemCleaning = code("GEM", "6150000");
		var ocmwCleaning = code("OCMW", "6150000");
		var gemWorks = code("GEM", "2210000");
		var gemMaintenance = code("GEM", "6130000");

		// the joint ICT server of seed 003: both administrations, 50/50, all the way to the invoice
		var server = submit("ICT", "Gezamenlijke server voor gemeente en OCMW", "30", "84000",
				"Eén server voor beide besturen vervangt de twee verouderde servers (seed 003).", "ict", List.of(gemIct, ocmwIct),
				List.of("50", "50"));
		procedure(server, null);
		visumAll(server);
		approveAll(server, "CBS-VB/" + today.getYear() + "/101");
		order(server, ictSupplier, "gemeentehuis", null, "Server met 2 processoren en 512 GB geheugen", "2", "31000",
				"Installatie en migratie", "1", "22000");
		workflow.registerDelivery(server, version(server), List.of(new BigDecimal("2"), new BigDecimal("1")));
		workflow.registerInvoice(server, version(server), "DV-2026-0912", today, new BigDecimal("84000"), BUYER);

		// furniture of the gemeente this year: two requests, then a third that crosses the limit of limited value
		var library = submit("BIB", "Boekenrekken jeugdafdeling", "39", "12000", "Uitbreiding van de jeugdcollectie.",
				"bib", List.of(gemFurniture), List.of("100"));
		procedure(library, null);
		visumAll(library);
		approveAll(library, "AD");
		var sport = submit("SPORT", "Kleedkamerbanken sporthal", "39", "14000", "De banken zijn versleten en onveilig.",
				"sport", List.of(gemFurniture), List.of("100"));
		procedure(sport, null);
		visumAll(sport);
		approveAll(sport, "AD");
		order(sport, furnitureSupplier, "gemeentehuis", null, "Kleedkamerbank 2 m", "20", "700");
		submit("BURG", "Bureaustoelen loketten burgerzaken", "39", "7500", "Ergonomische stoelen voor zes loketten.",
				"diensthoofd", List.of(gemFurniture), List.of("100"));

		// waiting for the financial director
		var care = submit("SOC", "Incontinentiemateriaal thuiszorgvoorraad", "33", "18000",
				"Jaarvoorraad voor cliënten van de sociale dienst.", "hoofdsocialedienst", List.of(ocmwCare), List.of("100"));
		procedure(care, null);

		// above the European threshold: cleaning of all buildings for four years, both administrations
		var cleaningTender = submit("INFRA", "Schoonmaak alle gebouwen 2027-2030", "90", "480000",
				"Het huidige contract loopt af; één opdracht voor beide besturen.", "infra", List.of(gemCleaning, ocmwCleaning),
				List.of("60", "40"));
		procedure(cleaningTender, null);
		visumAll(cleaningTender);

		// call-off on the cleaning framework: most of its maximum is used
		var callOff = submit("INFRA", "Dieptereiniging na renovatie", "90", "49000", "Afroep op de schoonmaakovereenkomst.",
				"infra", List.of(gemCleaning), List.of("100"));
		procedure(callOff, null);
		visumAll(callOff);
		approveAll(callOff, "CBS/" + today.getYear() + "/212");
		order(callOff, cleaningSupplier, "gemeentehuis", cleaning.getId(), "Dieptereiniging per m²", "3500", "14");

		// delivered, but not what was ordered: the three-way check flags it
		var toner = submit("BURG", "Toner voor printers burgerzaken", "30", "2400", "Jaarvoorraad.", "diensthoofd",
				List.of(gemOffice), List.of("100"));
		procedure(toner, null);
		approveAll(toner, "AD");
		order(toner, officeSupplier, "gemeentehuis", null, "Tonercassette zwart", "40", "60");
		workflow.registerDelivery(toner, version(toner), List.of(new BigDecimal("32")));

		// approved, ready to order
		var paper = submit("SECR", "Papier en enveloppen", "22", "3800", "Voorraad voor het secretariaat.", "secretariaat",
				List.of(gemOffice, ocmwOffice), List.of("70", "30"));
		procedure(paper, null);
		approveAll(paper, "AD");

		// approved by the algemeen directeur within his delegation, with a visum
		var laptops = submit("PERS", "Laptops voor nieuwe medewerkers", "30", "21000", "Zes nieuwe medewerkers in januari.",
				"personeel", List.of(gemIct, ocmwIct), List.of("50", "50"));
		procedure(laptops, null);
		visumAll(laptops);

		// a visum refused
		var signs = submit("COMM", "Lichtreclame aan het Gemeentehuis", "31", "26000", "Zichtbaarheid van het loket.",
				"communicatie", List.of(gemMaintenance), List.of("100"));
		procedure(signs, null);
		workflow.visum(signs, version(signs), "GEM", Visum.REFUSED, "Geen uitgave voor onderhoud: hoort op een investeringskrediet.", FD);

		// a conditional visum
		var roof = submit("INFRA", "Herstelling dak administratief centrum", "45", "95000",
				"Lekkage boven het archief.", "infra", List.of(gemWorks), List.of("100"));
		procedure(roof, null);
		workflow.visum(roof, version(roof), "GEM", Visum.CONDITIONAL, "Onder voorwaarde van een tweede offerte.", FD);

		// withdrawn
		var plants = submit("BURG", "Planten voor de wachtzaal", "03", "900", "Een aangenamere wachtzaal.", "diensthoofd",
				List.of(gemOffice), List.of("100"));
		workflow.cancel(plants, version(plants), "Wordt door de groendienst zelf voorzien.");

		// more requests still to be handled by the purchaser
		submit("BURG", "Kassasysteem voor het loket", "30", "6500", "Betalen met kaart aan elk loket.", "diensthoofd",
				List.of(gemIct), List.of("100"));
		submit("BIB", "Strips en graphic novels", "22", "4200", "Aanvulling collectie.", "bib", List.of(gemOffice),
				List.of("100"));
		submit("THUIS", "Rolstoelen uitleendienst", "33", "8800", "Twee extra rolstoelen.", "thuiszorg",
				List.of(ocmwCare), List.of("100"));
		var desks = submit("ONTH", "Onthaalbalie met verlaagd gedeelte", "39", "9400", "Toegankelijk onthaal.", "onthaal",
				List.of(gemFurniture, ocmwOffice), List.of("50", "50"));
		procedure(desks, "Eigen opdracht voor het onthaal, los van de meubels van bibliotheek en sport.");
		var chairs = submit("CULT", "Stoelen voor de theaterzaal", "39", "3000", "Vervanging van 20 stoelen.", "cultuur",
				List.of(gemFurniture), List.of("100"));
		workflow.cancel(chairs, version(chairs), "Wordt meegenomen in de renovatie.");
	}

}

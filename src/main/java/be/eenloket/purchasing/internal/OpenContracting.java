package be.eenloket.purchasing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.eenloket.shared.LegalEntities;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contracts whose value reached the limit for Belgian publication (the negotiated procedure without
 * publication limit in force on their first day) as an OCDS 1.1 release package: one release with tag
 * {@code contract} per contract, buyers and supplier as parties identified by their KBO number.
 */
@Service
public class OpenContracting {

	private final Contracts contracts;

	private final Suppliers suppliers;

	private final MasterData masterData;

	private final LegalEntities legalEntities;

	private final Clock clock;

	private final String prefix;

	private final String publisher;

	OpenContracting(Contracts contracts, Suppliers suppliers, MasterData masterData, LegalEntities legalEntities,
			Clock clock, @Value("${eenloket.purchasing.ocds-prefix:ocds-eenlkt}") String prefix,
			@Value("${eenloket.municipality.name}") String publisher) {
		this.contracts = contracts;
		this.suppliers = suppliers;
		this.masterData = masterData;
		this.legalEntities = legalEntities;
		this.clock = clock;
		this.prefix = prefix;
		this.publisher = publisher;
	}

	@Transactional(readOnly = true)
	public Map<String, Object> releasePackage(String uri) {
		var table = masterData.thresholdTable();
		var releases = new ArrayList<Map<String, Object>>();
		for (var contract : contracts.findAllByOrderByEndDateAsc()) {
			var limit = table.rowOn(ThresholdKind.ONDERHANDELING_ZONDER_BEKENDMAKING, contract.getStartDate());
			if (limit.isEmpty() || contract.getMaxAmount().compareTo(limit.get().limit()) < 0) {
				continue;
			}
			releases.add(release(contract));
		}
		var result = new LinkedHashMap<String, Object>();
		result.put("uri", uri);
		result.put("version", "1.1");
		result.put("publishedDate", clock.instant().atOffset(ZoneOffset.UTC).withNano(0).toString());
		result.put("publisher", Map.of("name", publisher));
		result.put("license", "https://creativecommons.org/publicdomain/zero/1.0/");
		result.put("releases", releases);
		return result;
	}

	private Map<String, Object> release(Contract contract) {
		var supplier = suppliers.findById(contract.getSupplierId()).orElseThrow();
		var ocid = prefix + "-" + contract.getReference();
		var parties = new ArrayList<Map<String, Object>>();
		var buyers = new ArrayList<Map<String, Object>>();
		for (var code : contract.getLegalEntities()) {
			legalEntities.byCode(code).ifPresent(entity -> {
				var id = "BE-BCE_KBO-" + entity.enterpriseNumber().digits();
				parties.add(party(id, entity.officialName(), "buyer"));
				buyers.add(Map.of("id", id, "name", entity.officialName()));
			});
		}
		var supplierId = "BE-BCE_KBO-" + supplier.getEnterpriseNumber();
		parties.add(party(supplierId, supplier.getName(), "supplier"));
		var value = Map.of("amount", contract.getMaxAmount(), "currency", "EUR");
		var release = new LinkedHashMap<String, Object>();
		release.put("ocid", ocid);
		release.put("id", ocid + "-contract-" + contract.getVersion());
		release.put("date", contract.getCreatedAt().atOffset(ZoneOffset.UTC).withNano(0).toString());
		release.put("tag", List.of("contract"));
		release.put("initiationType", "tender");
		release.put("language", "nl");
		release.put("parties", parties);
		release.put("buyer", buyers.get(0));
		var tender = new LinkedHashMap<String, Object>();
		tender.put("id", contract.getReference());
		tender.put("title", contract.getTitle());
		tender.put("procurementMethod", method(contract.getProcedure()));
		tender.put("procurementMethodDetails", contract.getProcedure().name());
		tender.put("mainProcurementCategory", category(contract.getCategory()));
		tender.put("techniques", Map.of("hasFrameworkAgreement", contract.getKind() == Contract.Kind.FRAMEWORK));
		release.put("tender", tender);
		var awardId = contract.getReference() + "-award";
		release.put("awards", List.of(Map.of("id", awardId, "status", "active", "value", value, "suppliers",
				List.of(Map.of("id", supplierId, "name", supplier.getName())))));
		var period = new LinkedHashMap<String, Object>();
		period.put("startDate", contract.getStartDate().toString());
		period.put("endDate", contract.terms().termEndOn(LocalDate.now(clock)).toString());
		var ocdsContract = new LinkedHashMap<String, Object>();
		ocdsContract.put("id", contract.getReference());
		ocdsContract.put("awardID", awardId);
		ocdsContract.put("title", contract.getTitle());
		ocdsContract.put("status", LocalDate.now(clock).isAfter(contract.terms().termEndOn(LocalDate.now(clock)))
				? "terminated" : "active");
		ocdsContract.put("period", period);
		ocdsContract.put("value", value);
		release.put("contracts", List.of(ocdsContract));
		return release;
	}

	private static Map<String, Object> party(String id, String name, String role) {
		var party = new LinkedHashMap<String, Object>();
		party.put("id", id);
		party.put("name", name);
		party.put("identifier", Map.of("scheme", "BE-BCE_KBO", "id", id.substring("BE-BCE_KBO-".length()), "legalName", name));
		party.put("roles", List.of(role));
		return party;
	}

	static String method(Procedure procedure) {
		return switch (procedure) {
			case BEPERKTE_WAARDE -> "direct";
			case ONDERHANDELING_ZONDER_BEKENDMAKING -> "limited";
			case BELGISCHE_BEKENDMAKING, EUROPESE_BEKENDMAKING -> "open";
		};
	}

	/** CPV divisions 03–44 and 48 are goods, 45 works, the rest services. */
	static String category(String division) {
		var number = Integer.parseInt(division);
		if (number == 45) {
			return "works";
		}
		return number < 45 || number == 48 ? "goods" : "services";
	}

}

package be.eenloket.purchasing.internal;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import be.eenloket.identity.AuditLog;
import be.eenloket.kernel.RuleViolation;
import be.eenloket.shared.LegalEntities;
import be.eenloket.shared.Period;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The purchasing master data: suppliers, budget codes (with their CSV import), the threshold table, the
 * delegations and the visum exemptions. Every change is audited in the same transaction.
 */
@Service
public class MasterData {

	private final Suppliers suppliers;

	private final BudgetCodes budgetCodes;

	private final Thresholds thresholds;

	private final Delegations delegations;

	private final VisumExemptions exemptions;

	private final InvoiceAddresses invoiceAddresses;

	private final LegalEntities legalEntities;

	private final AuditLog audit;

	MasterData(Suppliers suppliers, BudgetCodes budgetCodes, Thresholds thresholds, Delegations delegations,
			VisumExemptions exemptions, InvoiceAddresses invoiceAddresses, LegalEntities legalEntities,
			AuditLog audit) {
		this.suppliers = suppliers;
		this.budgetCodes = budgetCodes;
		this.thresholds = thresholds;
		this.delegations = delegations;
		this.exemptions = exemptions;
		this.invoiceAddresses = invoiceAddresses;
		this.legalEntities = legalEntities;
		this.audit = audit;
	}

	// --- suppliers

	@Transactional(readOnly = true)
	public List<Supplier> suppliers() {
		return suppliers.findAllByOrderByNameAsc();
	}

	@Transactional(readOnly = true)
	public Supplier supplier(long id) {
		return suppliers.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@Transactional(readOnly = true)
	public Optional<Supplier> findSupplier(long id) {
		return suppliers.findById(id);
	}

	@Transactional
	public Supplier createSupplier(Supplier.SupplierValues values) {
		var supplier = new Supplier(values);
		RuleViolation.require(!suppliers.existsByEnterpriseNumber(supplier.getEnterpriseNumber()), "enterpriseNumber",
				"purchasing.supplier.enterpriseNumber.taken");
		suppliers.saveAndFlush(supplier);
		audit.record("purchasing", "CREATED", "Supplier", supplier.getId(), "Leverancier " + supplier.getName() + " (KBO "
				+ supplier.formattedEnterpriseNumber() + ") toegevoegd");
		return supplier;
	}

	@Transactional
	public Supplier updateSupplier(long id, long seenVersion, Supplier.SupplierValues values) {
		var supplier = supplier(id);
		if (supplier.getVersion() != seenVersion) {
			throw new ObjectOptimisticLockingFailureException(Supplier.class, id);
		}
		supplier.update(values);
		RuleViolation.require(!suppliers.existsByEnterpriseNumberAndIdNot(supplier.getEnterpriseNumber(), id),
				"enterpriseNumber", "purchasing.supplier.enterpriseNumber.taken");
		suppliers.saveAndFlush(supplier);
		audit.record("purchasing", "UPDATED", "Supplier", id, "Leverancier " + supplier.getName() + " gewijzigd");
		return supplier;
	}

	// --- budget codes

	@Transactional(readOnly = true)
	public List<BudgetCode> budgetCodes() {
		return budgetCodes.findAllByOrderByBudgetYearDescLegalEntityCodeAscAccountAscPolicyFieldAscActionAsc();
	}

	/** Codes a request can use: this year's and later. */
	@Transactional(readOnly = true)
	public List<BudgetCode> budgetCodesFrom(int year) {
		return budgetCodes.findByBudgetYearGreaterThanEqualOrderByLegalEntityCodeAscBudgetYearAscAccountAsc(year);
	}

	@Transactional(readOnly = true)
	public Optional<BudgetCode> budgetCode(long id) {
		return budgetCodes.findById(id);
	}

	/** One line of a CSV import: what it would do, or why it cannot. */
	public record ImportLine(long lineNumber, String code, String outcome, String messageKey, List<Object> arguments) {

		public boolean failed() {
			return "ERROR".equals(outcome);
		}

	}

	public record ImportResult(List<ImportLine> lines, boolean saved) {

		public boolean hasErrors() {
			return lines.stream().anyMatch(ImportLine::failed);
		}

		public long count(String outcome) {
			return lines.stream().filter(line -> line.outcome().equals(outcome)).count();
		}

	}

	/** The columns of the import file, with a header line, separated by semicolons as Excel in Flanders writes. */
	public static final String[] CSV_HEADER = { "bestuur", "jaar", "rekening", "beleidsveld", "actie", "omschrijving",
			"krediet" };

	/**
	 * Imports budget codes: new codes are added, existing ones (same entity, year, account, beleidsveld, actie) get
	 * the new credit and description. A dry run only reports. With any error nothing at all is saved.
	 */
	@Transactional
	public ImportResult importBudgetCodes(Reader csv, boolean dryRun) {
		var lines = new ArrayList<ImportLine>();
		var changes = new ArrayList<Runnable>();
		var seen = new HashSet<String>();
		List<CSVRecord> records;
		try {
			records = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(CSV_HEADER).setSkipHeaderRecord(true)
				.setTrim(true).setIgnoreEmptyLines(true).get().parse(csv).getRecords();
		}
		catch (IOException | RuntimeException unreadable) {
			throw new RuleViolation("file", "purchasing.import.unreadable");
		}
		RuleViolation.require(!records.isEmpty(), "file", "purchasing.import.empty");
		for (var record : records) {
			var lineNumber = record.getRecordNumber() + 1;
			try {
				RuleViolation.require(record.size() == CSV_HEADER.length, "file", "purchasing.import.columns", CSV_HEADER.length);
				var entity = record.get("bestuur").toUpperCase(java.util.Locale.ROOT);
				RuleViolation.require(legalEntities.byCode(entity).isPresent(), "file", "purchasing.import.entity", entity);
				int year;
				BigDecimal credit;
				try {
					year = Integer.parseInt(record.get("jaar"));
					credit = new BigDecimal(record.get("krediet").replace(" ", "").replace(".", "").replace(',', '.'));
				}
				catch (NumberFormatException notANumber) {
					throw new RuleViolation("file", "purchasing.import.number");
				}
				var candidate = new BudgetCode(entity, year, record.get("rekening"), record.get("beleidsveld"),
						record.get("actie"), record.get("omschrijving"), credit);
				var key = entity + "|" + year + "|" + candidate.getAccount() + "|" + candidate.getPolicyField() + "|"
						+ candidate.getAction();
				RuleViolation.require(seen.add(key), "file", "purchasing.import.twice");
				var existing = budgetCodes.findByLegalEntityCodeAndBudgetYearAndAccountAndPolicyFieldAndAction(entity,
						year, candidate.getAccount(), candidate.getPolicyField(), candidate.getAction());
				if (existing.isPresent()) {
					var code = existing.get();
					changes.add(() -> code.changeCredit(candidate.getCredit(), candidate.getDescription()));
					lines.add(new ImportLine(lineNumber, candidate.label(), "UPDATED", "purchasing.import.updated",
							List.of(Money.format(code.getCredit()), Money.format(candidate.getCredit()))));
				}
				else {
					changes.add(() -> budgetCodes.save(candidate));
					lines.add(new ImportLine(lineNumber, candidate.label(), "NEW", "purchasing.import.new",
							List.of(Money.format(candidate.getCredit()))));
				}
			}
			catch (RuleViolation violation) {
				lines.add(new ImportLine(lineNumber, String.join(";", record.toList()), "ERROR", violation.messageKey(),
						violation.arguments()));
			}
		}
		var result = new ImportResult(lines, false);
		if (dryRun || result.hasErrors()) {
			return result;
		}
		changes.forEach(Runnable::run);
		budgetCodes.flush();
		audit.record("purchasing", "IMPORTED", "BudgetCode", "-", "Budgetcodes ingelezen: " + result.count("NEW")
				+ " nieuw, " + result.count("UPDATED") + " bijgewerkt");
		return new ImportResult(lines, true);
	}

	// --- thresholds

	@Transactional(readOnly = true)
	public List<Threshold> thresholds() {
		return thresholds.findAllByOrderByKindAscValidFromAsc();
	}

	@Transactional(readOnly = true)
	public ThresholdTable thresholdTable() {
		return new ThresholdTable(thresholds.findAll().stream().map(Threshold::toRow).toList());
	}

	/**
	 * Adds a new limit from a date: the line in force then (open-ended) ends the day before. Earlier history
	 * stays, so requests keep being explained by the table of their day.
	 */
	@Transactional
	public Threshold addThreshold(ThresholdKind kind, BigDecimal limit, LocalDate from, String source) {
		RuleViolation.require(kind != null, "kind", "purchasing.threshold.kind");
		RuleViolation.require(source != null && !source.isBlank(), "reference", "purchasing.threshold.source");
		Dates.plausible(from, "validFrom");
		for (var existing : thresholds.findAll()) {
			if (existing.getKind() == kind) {
				var period = new Period(existing.getValidFrom(), existing.getValidTo());
				if (period.covers(from) && period.isOpenEnded()) {
					existing.endBefore(from);
				}
				else {
					RuleViolation.require(!period.overlaps(Period.from(from)), "validFrom", "purchasing.threshold.overlap");
				}
			}
		}
		thresholds.flush();
		var threshold = thresholds.saveAndFlush(new Threshold(kind, limit, Period.from(from), source.strip()));
		audit.record("purchasing", "CREATED", "Threshold", threshold.getId(), "Drempel " + kind + " "
				+ Money.format(threshold.getLimitAmount()) + " vanaf " + from);
		return threshold;
	}

	// --- delegations and exemptions

	@Transactional(readOnly = true)
	public List<Delegation> delegations() {
		return delegations.findAllByOrderByLegalEntityCodeAscValidFromDescBodyAsc();
	}

	@Transactional
	public Delegation addDelegation(DecisionBody body, String entity, BigDecimal upTo, LocalDate from, LocalDate lastDay,
			String reference) {
		RuleViolation.require(body != null, "kind", "purchasing.delegation.body");
		RuleViolation.require(entity != null && legalEntities.byCode(entity).isPresent(), "legalEntity",
				"purchasing.legalEntity.unknown");
		RuleViolation.require(bodyFits(body, entity), "kind", "purchasing.delegation.bodyOfOtherEntity");
		RuleViolation.require(reference != null && !reference.isBlank(), "reference",
				"purchasing.delegation.reference");
		var period = Dates.fromForm(from, lastDay);
		RuleViolation.require(delegations.findByLegalEntityCode(entity).stream()
			.noneMatch(other -> other.getBody() == body && other.period().overlaps(period)), "validFrom",
				"purchasing.delegation.overlap");
		var delegation = delegations.saveAndFlush(new Delegation(body, entity, upTo, period, reference.strip()));
		audit.record("purchasing", "CREATED", "Delegation", delegation.getId(), "Delegatie " + body + " voor " + entity
				+ (upTo == null ? " zonder bovengrens" : " tot " + Money.format(delegation.getUpToAmount())) + " ("
				+ reference.strip() + ")");
		return delegation;
	}

	static boolean bodyFits(DecisionBody body, String entity) {
		return switch (body) {
			case ALGEMEEN_DIRECTEUR -> true;
			case COLLEGE, GEMEENTERAAD -> !"OCMW".equals(entity);
			case VAST_BUREAU, RAAD_MAATSCHAPPELIJK_WELZIJN -> "OCMW".equals(entity);
		};
	}

	@Transactional(readOnly = true)
	public List<VisumExemption> exemptions() {
		return exemptions.findAllByOrderByLegalEntityCodeAscValidFromDesc();
	}

	@Transactional
	public VisumExemption addExemption(String entity, BigDecimal upTo, LocalDate from, LocalDate lastDay, String reference) {
		RuleViolation.require(entity != null && legalEntities.byCode(entity).isPresent(), "legalEntity",
				"purchasing.legalEntity.unknown");
		RuleViolation.require(reference != null && !reference.isBlank(), "reference",
				"purchasing.delegation.reference");
		var period = Dates.fromForm(from, lastDay);
		RuleViolation.require(exemptions.findByLegalEntityCode(entity).stream()
			.noneMatch(other -> new Period(other.getValidFrom(), other.getValidTo()).overlaps(period)), "validFrom",
				"purchasing.exemption.overlap");
		var exemption = exemptions.saveAndFlush(new VisumExemption(entity, upTo, period, reference.strip()));
		audit.record("purchasing", "CREATED", "VisumExemption", exemption.getId(), "Visumvrijstelling " + entity
				+ " tot " + Money.format(exemption.getUpToAmount()) + " vanaf " + from);
		return exemption;
	}

	@Transactional(readOnly = true)
	public boolean exempt(String entity, BigDecimal amount, LocalDate day) {
		return exemptions.findByLegalEntityCode(entity).stream().anyMatch(exemption -> exemption.covers(amount, day));
	}

	/**
	 * The bodies that may decide on {@code amount} for the entity on the day, from the delegation table; the
	 * entity's council always may. A share without enough credit can only go to the council.
	 */
	@Transactional(readOnly = true)
	public List<DecisionBody> competentBodies(String entity, BigDecimal amount, LocalDate day, boolean councilOnly) {
		var council = DecisionBody.councilOf(entity);
		if (councilOnly) {
			return List.of(council);
		}
		var bodies = new ArrayList<DecisionBody>();
		delegations.findByLegalEntityCode(entity).stream().filter(delegation -> delegation.covers(amount, day))
			.map(Delegation::getBody).sorted().forEach(bodies::add);
		if (!bodies.contains(council)) {
			bodies.add(council);
		}
		return bodies;
	}

	@Transactional(readOnly = true)
	public Optional<InvoiceAddress> invoiceAddress(String entity) {
		return invoiceAddresses.findById(entity);
	}

	@Transactional
	public void ensureInvoiceAddress(String entity, String address, String email) {
		if (!invoiceAddresses.existsById(entity)) {
			invoiceAddresses.save(new InvoiceAddress(entity, address, email));
			audit.record("purchasing", "CREATED", "InvoiceAddress", entity, "Facturatieadres " + entity + ": " + address);
		}
	}

}

package be.eenloket.organisation.internal;

import be.eenloket.kernel.RuleViolation;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import be.eenloket.organisation.PositionKind;
import be.eenloket.shared.LegalEntities;
import org.apache.commons.csv.CSVParser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports staff assignments from a CSV file (voornaam;achternaam;e-mail;werkgever;eenheid;functie;vte;vanaf).
 * A dry run reports every row's problems and saves nothing; the import re-checks everything and saves all rows
 * in one transaction, or none. People are matched on their work e-mail and created when new.
 */
@Service
public class StaffImport {

	public static final List<String> COLUMNS = List.of("voornaam", "achternaam", "e-mail", "werkgever", "eenheid",
			"functie", "vte", "vanaf");

	public static final int MAX_ROWS = 2_000;

	public record Problem(String key, List<Object> arguments) {
	}

	public record Row(int line, List<String> cells, List<Problem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}

	}

	public record Result(List<Row> rows, List<Problem> fileProblems) {

		public boolean ok() {
			return fileProblems.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(Row::ok);
		}

		public long problemCount() {
			return fileProblems.size() + rows.stream().mapToLong(row -> row.problems().size()).sum();
		}

	}

	private final JdbcClient jdbc;

	private final Snapshots snapshots;

	private final StaffManagement staff;

	private final LegalEntities legalEntities;

	StaffImport(JdbcClient jdbc, Snapshots snapshots, StaffManagement staff, LegalEntities legalEntities) {
		this.jdbc = jdbc;
		this.snapshots = snapshots;
		this.staff = staff;
		this.legalEntities = legalEntities;
	}

	@Transactional(readOnly = true)
	public Result dryRun(String csv) {
		return check(csv);
	}

	/** Saves every row, or nothing when any row has a problem (then the result says which). */
	@Transactional
	public Result importAll(String csv) {
		var result = check(csv);
		if (!result.ok()) {
			return result;
		}
		for (var row : result.rows()) {
			var cells = row.cells();
			var email = cells.get(2).trim().toLowerCase(Locale.ROOT);
			var personId = jdbc.sql("select id from org_person where lower(work_email) = ?").param(email).query(Long.class)
				.optional()
				.orElseGet(() -> staff.createPerson(cells.get(0).trim(), cells.get(1).trim(), email, null, cells.get(3).trim()));
			var date = LocalDate.parse(cells.get(7).trim());
			var position = positionId(cells.get(4).trim(), cells.get(5).trim(), date);
			staff.assign(personId, position, fte(cells.get(6)), date, null, false);
		}
		return result;
	}

	private Result check(String csv) {
		var fileProblems = new ArrayList<Problem>();
		var rows = new ArrayList<Row>();
		List<List<String>> records;
		try (var parser = CSVParser.parse(new StringReader(stripBom(csv)), OrganisationCsv.FORMAT)) {
			records = parser.getRecords().stream().map(record -> record.toList()).toList();
		}
		catch (IOException | RuntimeException unreadable) {
			fileProblems.add(new Problem("import.file.unreadable", List.of()));
			return new Result(List.of(), fileProblems);
		}
		if (records.isEmpty()) {
			fileProblems.add(new Problem("import.file.empty", List.of()));
			return new Result(List.of(), fileProblems);
		}
		var header = records.get(0).stream().map(cell -> cell.trim().toLowerCase(Locale.ROOT)).toList();
		if (!header.equals(COLUMNS)) {
			fileProblems.add(new Problem("import.file.header", List.of(String.join(";", COLUMNS))));
			return new Result(List.of(), fileProblems);
		}
		if (records.size() - 1 > MAX_ROWS) {
			fileProblems.add(new Problem("import.file.tooLong", List.of(MAX_ROWS)));
			return new Result(List.of(), fileProblems);
		}
		var seen = new HashSet<String>();
		var plannedFte = new HashMap<String, BigDecimal>();
		var plannedHeads = new HashSet<Long>();
		var entities = legalEntities.active().stream().map(entity -> entity.code()).toList();
		for (int i = 1; i < records.size(); i++) {
			var cells = records.get(i);
			var problems = new ArrayList<Problem>();
			if (cells.size() == 1 && cells.get(0).isBlank()) {
				continue;
			}
			if (cells.size() != COLUMNS.size()) {
				problems.add(new Problem("import.row.columns", List.of(cells.size(), COLUMNS.size())));
				rows.add(new Row(i + 1, cells, problems));
				continue;
			}
			for (int c = 0; c < COLUMNS.size(); c++) {
				if (cells.get(c).isBlank()) {
					problems.add(new Problem("import.row.missing", List.of(COLUMNS.get(c))));
				}
			}
			var email = cells.get(2).trim().toLowerCase(Locale.ROOT);
			if (!email.isEmpty() && !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
				problems.add(new Problem("import.row.email", List.of(cells.get(2))));
			}
			var employer = cells.get(3).trim().toUpperCase(Locale.ROOT);
			if (!employer.isEmpty() && !entities.contains(employer)) {
				problems.add(new Problem("import.row.employer", List.of(cells.get(3), String.join(", ", entities))));
			}
			LocalDate date = null;
			try {
				date = cells.get(7).isBlank() ? null : LocalDate.parse(cells.get(7).trim());
			}
			catch (DateTimeParseException e) {
				problems.add(new Problem("import.row.date", List.of(cells.get(7))));
			}
			BigDecimal fte = null;
			if (!cells.get(6).isBlank()) {
				fte = fte(cells.get(6));
				if (fte == null || fte.signum() < 0 || fte.compareTo(BigDecimal.ONE) > 0) {
					problems.add(new Problem("import.row.fte", List.of(cells.get(6))));
					fte = null;
				}
			}
			Long position = null;
			if (date != null && !cells.get(4).isBlank()) {
				var snapshot = snapshots.asOf(date);
				var unit = snapshot.unitsByCode().getOrDefault(cells.get(4).trim().toUpperCase(Locale.ROOT), List.of());
				if (unit.isEmpty()) {
					problems.add(new Problem("import.row.unit", List.of(cells.get(4), date)));
				}
				else if (!cells.get(5).isBlank()) {
					position = positionIdOrNull(cells.get(4).trim().toUpperCase(Locale.ROOT), cells.get(5).trim(), date);
					if (position == null) {
						problems.add(new Problem("import.row.function", List.of(cells.get(5), unit.get(0).name())));
					}
					else {
						var kind = PositionKind.valueOf(jdbc.sql("select kind from org_position where id = ?").param(position)
							.query(String.class).single());
						if (kind.singleHolder()) {
							var taken = jdbc.sql("""
									select count(*) from org_assignment where position_id = ?
									and daterange(valid_from, valid_to) && daterange(?::date, null)""")
								.params(position, date).query(Long.class).single() > 0;
							if (taken || !plannedHeads.add(position)) {
								problems.add(new Problem("import.row.headTaken", List.of(cells.get(5))));
							}
						}
					}
				}
			}
			var key = email + "|" + cells.get(4).trim().toUpperCase(Locale.ROOT) + "|" + cells.get(5).trim() + "|" + cells.get(7).trim();
			if (!seen.add(key)) {
				problems.add(new Problem("import.row.duplicate", List.of()));
			}
			if (fte != null && date != null && !email.isEmpty()) {
				var existing = jdbc.sql("""
						select coalesce(sum(a.fte), 0) from org_assignment a join org_person p on p.id = a.person_id
						where lower(p.work_email) = ? and daterange(a.valid_from, a.valid_to) @> ?::date""")
					.params(email, date).query(BigDecimal.class).single();
				var total = plannedFte.merge(email, fte, BigDecimal::add).add(existing);
				if (total.compareTo(BigDecimal.ONE) > 0) {
					problems.add(new Problem("import.row.overOne", List.of(total.stripTrailingZeros())));
				}
			}
			rows.add(new Row(i + 1, cells, problems));
		}
		if (rows.isEmpty()) {
			fileProblems.add(new Problem("import.file.empty", List.of()));
		}
		return new Result(rows, fileProblems);
	}

	private long positionId(String unitCode, String title, LocalDate date) {
		var id = positionIdOrNull(unitCode.toUpperCase(Locale.ROOT), title, date);
		if (id == null) {
			throw RuleViolation.ofForm("import.row.function", title, unitCode);
		}
		return id;
	}

	private Long positionIdOrNull(String unitCode, String title, LocalDate date) {
		return jdbc.sql("""
				select p.id from org_position p join org_unit u on u.id = p.unit_id
				where u.code = ? and lower(p.title) = lower(?) and daterange(p.valid_from, p.valid_to) @> ?::date
				order by p.id limit 1""")
			.params(unitCode, title, date)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	static BigDecimal fte(String text) {
		try {
			return new BigDecimal(text.trim().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static String stripBom(String csv) {
		return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
	}

	/** An example file with the expected columns. */
	public static String template() {
		return "\uFEFF" + String.join(";", COLUMNS) + "\r\nJan;Peeters;jan.peeters@gemeente.example;GEM;BURG;Administratief medewerker;0,8;2027-01-01\r\n";
	}
}

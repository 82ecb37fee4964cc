package be.eenloket.organisation.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import be.eenloket.organisation.PositionKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files as Flemish spreadsheets open them: semicolons, decimal commas, a UTF-8 byte order mark. Cells that
 * start with = + - @ are prefixed with an apostrophe so a spreadsheet never runs them as formulas.
 */
public final class OrganisationCsv {

	public static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();

	private OrganisationCsv() {
	}

	public static String units(Snapshot snapshot) {
		return write(List.of("code", "naam", "soort", "bovenliggende_code", "besturen", "functie_hoofd", "naam_hoofd"),
				snapshot.treeOrder().stream().map(entry -> {
					var unit = entry.getKey();
					var parent = unit.parentId() == null ? null : snapshot.units().get(unit.parentId());
					var head = snapshot.lead(unit.id(), PositionKind.HEAD);
					return List.of(unit.code(), unit.name(), unit.type().name(), parent == null ? "" : parent.code(),
							String.join("+", unit.legalEntities()), head.map(h -> h.position().title()).orElse(""),
							head.filter(h -> !h.vacant()).map(h -> h.holders().get(0).person().fullName()).orElse(""));
				}).toList());
	}

	public static String assignments(Snapshot snapshot) {
		var rows = new ArrayList<List<String>>();
		for (var entry : snapshot.treeOrder()) {
			for (var holding : snapshot.holdings(entry.getKey().id())) {
				for (var held : holding.holders()) {
					rows.add(List.of(held.person().firstName(), held.person().lastName(),
							held.person().workEmail() == null ? "" : held.person().workEmail(), held.person().employer(),
							entry.getKey().code(), holding.position().title(), holding.position().kind().name(),
							decimal(held.assignment().fte()), held.assignment().validFrom().toString(),
							held.assignment().validTo() == null ? "" : held.assignment().validTo().toString()));
				}
			}
		}
		return write(List.of("voornaam", "achternaam", "e-mail", "werkgever", "eenheid", "functie", "soort", "vte", "vanaf", "tot"), rows);
	}

	public static String costShare(CostShare.Report report) {
		var header = new ArrayList<>(List.of("eenheid", "naam", "werkt_voor", "vte_totaal"));
		for (var entity : report.entities()) {
			header.add("vte_in_dienst_" + entity);
			header.add("vte_gewerkt_voor_" + entity);
			header.add("saldo_" + entity);
		}
		var rows = new ArrayList<List<String>>();
		for (var row : report.rows()) {
			var cells = new ArrayList<>(List.of(row.unit().code(), row.unit().name(), String.join("+", row.served()),
					decimal(row.total())));
			for (var entity : report.entities()) {
				cells.add(decimal(row.employed().get(entity)));
				cells.add(decimal(row.workedFor().get(entity)));
				cells.add(decimal(row.balance().get(entity)));
			}
			rows.add(cells);
		}
		var totals = new ArrayList<>(List.of("TOTAAL", "", "", ""));
		for (var entity : report.entities()) {
			totals.add(decimal(report.employed().get(entity)));
			totals.add(decimal(report.workedFor().get(entity)));
			totals.add(decimal(report.balance().get(entity)));
		}
		rows.add(totals);
		return write(header, rows);
	}

	static String decimal(BigDecimal value) {
		return value == null ? "0,00" : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}

	/** Neutralises cells a spreadsheet would read as a formula. */
	static String safe(String cell) {
		if (cell == null || cell.isEmpty()) {
			return "";
		}
		var first = cell.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + cell : cell;
	}

	private static String write(List<String> header, List<List<String>> rows) {
		var out = new StringWriter();
		out.write('\uFEFF');
		try (var printer = new CSVPrinter(out, FORMAT)) {
			printer.printRecord(header);
			for (var row : rows) {
				printer.printRecord(row.stream().map(cell -> cell.matches("-?\\d+,\\d+") ? cell : safe(cell)).toList());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

}

package be.eenloket.organisation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who works for whom, so finance can settle what one administration's staff does for the other
 * ("doorfacturatie"). Rule: the FTE that work in a unit itself (not in its sub-units) work for the legal
 * entities the unit serves, in equal shares. Per unit and entity: FTE employed, FTE worked for, and the balance
 * (worked for minus employed): a positive balance is work that entity received from staff employed by another
 * one, and owes for; a negative balance is work its staff did for others.
 */
public final class CostShare {

	public record Row(Snapshot.Unit unit, List<String> served, Map<String, BigDecimal> employed,
			Map<String, BigDecimal> workedFor, Map<String, BigDecimal> balance, BigDecimal total) {
	}

	public record Report(List<String> entities, List<Row> rows, Map<String, BigDecimal> employed,
			Map<String, BigDecimal> workedFor, Map<String, BigDecimal> balance) {
	}

	static final int SCALE = 2;

	private CostShare() {
	}

	public static Report of(Snapshot snapshot) {
		var entities = new TreeSet<String>();
		var rows = new ArrayList<Row>();
		for (var entry : snapshot.treeOrder()) {
			var unit = entry.getKey();
			var employed = snapshot.fteByEmployer(unit.id());
			var total = employed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			if (total.signum() == 0) {
				continue;
			}
			var served = unit.legalEntities();
			var share = total.divide(BigDecimal.valueOf(served.size()), 6, RoundingMode.HALF_UP);
			var workedFor = new TreeMap<String, BigDecimal>();
			served.forEach(entity -> workedFor.put(entity, share));
			var balance = new TreeMap<String, BigDecimal>();
			var involved = new TreeSet<>(employed.keySet());
			involved.addAll(served);
			for (var entity : involved) {
				balance.put(entity, workedFor.getOrDefault(entity, BigDecimal.ZERO)
					.subtract(employed.getOrDefault(entity, BigDecimal.ZERO)));
			}
			entities.addAll(involved);
			rows.add(new Row(unit, served, round(employed), round(workedFor), round(balance), total.setScale(SCALE, RoundingMode.HALF_UP)));
		}
		var totalEmployed = new TreeMap<String, BigDecimal>();
		var totalWorked = new TreeMap<String, BigDecimal>();
		var totalBalance = new TreeMap<String, BigDecimal>();
		for (var entity : entities) {
			totalEmployed.put(entity, sum(rows, row -> row.employed().get(entity)));
			totalWorked.put(entity, sum(rows, row -> row.workedFor().get(entity)));
			totalBalance.put(entity, sum(rows, row -> row.balance().get(entity)));
		}
		return new Report(List.copyOf(entities), List.copyOf(rows), totalEmployed, totalWorked, totalBalance);
	}

	private static BigDecimal sum(List<Row> rows, java.util.function.Function<Row, BigDecimal> value) {
		return rows.stream().map(value).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(SCALE, RoundingMode.HALF_UP);
	}

	private static Map<String, BigDecimal> round(Map<String, BigDecimal> values) {
		var result = new TreeMap<String, BigDecimal>();
		values.forEach((key, value) -> result.put(key, value.setScale(SCALE, RoundingMode.HALF_UP)));
		return result;
	}

}

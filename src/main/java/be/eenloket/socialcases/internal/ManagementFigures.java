package be.eenloket.socialcases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import be.eenloket.frontdesk.SocialAidRequestType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly figures for management, without names: requests by type (by month of receipt), decisions granted and
 * refused, days from receipt to decision (median and 90th percentile), the share decided within the legal 30 days
 * (by month of decision), and the requests overdue now. Counts from 1 to 4 are shown as "< 5" so that no one can be
 * recognised in a small cell.
 */
@Service
public class ManagementFigures {

	public static final int SMALL_CELL = 5;

	private final JdbcClient jdbc;

	private final Clock clock;

	ManagementFigures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A count that hides small numbers. */
	public record Cell(long value) {

		public boolean hidden() {
			return value > 0 && value < SMALL_CELL;
		}

	}

	public record Month(YearMonth month, Map<SocialAidRequestType, Cell> requestsByType, Cell received, Cell granted,
			Cell refused, Double medianDays, Double p90Days, Integer shareWithinDeadline) {
	}

	public record Figures(List<Month> months, Cell overdueNow, List<SocialAidRequestType> types) {
	}

	/** The last twelve months, the current one included, newest first. */
	@Transactional(readOnly = true)
	public Figures lastYear() {
		var today = LocalDate.now(clock);
		var first = YearMonth.from(today).minusMonths(11);
		var received = new TreeMap<YearMonth, Map<SocialAidRequestType, Long>>();
		jdbc.sql("""
				select date_trunc('month', received_on)::date as month, type, count(*) as n
				from sc_aid_request where received_on >= :from group by 1, 2""")
			.param("from", first.atDay(1))
			.query((rs, n) -> {
				received.computeIfAbsent(YearMonth.from(rs.getObject("month", LocalDate.class)), m -> new TreeMap<>())
					.put(SocialAidRequestType.valueOf(rs.getString("type")), rs.getLong("n"));
				return null;
			})
			.list();
		record Decided(long granted, long refused, Double median, Double p90, Integer share) {
		}
		var decided = new TreeMap<YearMonth, Decided>();
		jdbc.sql("""
				select date_trunc('month', decided_on)::date as month,
				       count(*) filter (where decision = 'GRANTED') as granted,
				       count(*) filter (where decision = 'REFUSED') as refused,
				       percentile_cont(0.5) within group (order by decided_on - received_on) as median,
				       percentile_cont(0.9) within group (order by decided_on - received_on) as p90,
				       round(100.0 * count(*) filter (where decided_on <= decide_by) / count(*)) as share
				from sc_aid_request where decided_on >= :from group by 1""")
			.param("from", first.atDay(1))
			.query((rs, n) -> {
				decided.put(YearMonth.from(rs.getObject("month", LocalDate.class)),
						new Decided(rs.getLong("granted"), rs.getLong("refused"), rs.getDouble("median"),
								rs.getDouble("p90"), rs.getInt("share")));
				return null;
			})
			.list();
		var months = new ArrayList<Month>();
		for (var month = YearMonth.from(today); !month.isBefore(first); month = month.minusMonths(1)) {
			var byType = new java.util.EnumMap<SocialAidRequestType, Cell>(SocialAidRequestType.class);
			var counts = received.getOrDefault(month, Map.of());
			for (var type : SocialAidRequestType.values()) {
				byType.put(type, new Cell(counts.getOrDefault(type, 0L)));
			}
			var total = counts.values().stream().mapToLong(Long::longValue).sum();
			var d = decided.get(month);
			var decidedCount = d == null ? 0 : d.granted() + d.refused();
			// percentiles and shares of fewer than 5 decisions would describe individuals: left out
			var enough = decidedCount >= SMALL_CELL;
			months.add(new Month(month, byType, new Cell(total), new Cell(d == null ? 0 : d.granted()),
					new Cell(d == null ? 0 : d.refused()), enough ? d.median() : null, enough ? d.p90() : null,
					enough ? d.share() : null));
		}
		var overdue = jdbc.sql("""
				select count(*) from sc_aid_request where status in ('OPEN', 'PROPOSED') and decide_by < ?""")
			.param(today)
			.query(Long.class)
			.single();
		return new Figures(months, new Cell(overdue), List.of(SocialAidRequestType.values()));
	}

}

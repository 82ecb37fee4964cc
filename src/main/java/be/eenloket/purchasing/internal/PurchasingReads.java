package be.eenloket.purchasing.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side in SQL: request lists with paging, the dashboard's counts, contract alerts, the spend report and
 * the open data. Lists read only the columns they show, through indexes, so they stay fast with tens of
 * thousands of requests.
 */
@Service
public class PurchasingReads {

	public static final int PAGE_SIZE = 50;

	/** End of a contract that does not renew: warn this many days ahead. */
	public static final int END_ALERT_DAYS = 90;

	/** Notice deadline of a tacitly renewing contract: warn this many days ahead. */
	public static final int NOTICE_ALERT_DAYS = 60;

	/** Share of a contract's maximum consumed by call-offs from which to warn. */
	public static final BigDecimal CONSUMPTION_ALERT = new BigDecimal("0.80");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AtomicReference<CachedAlerts> alerts = new AtomicReference<>();

	PurchasingReads(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public record RequestRow(long id, String number, String title, String unitName, RequestStatus status,
			BigDecimal estimatedValue, LocalDate requestedOn, boolean splitFlag, String entities) {
	}

	public record RequestPage(List<RequestRow> rows, int page, boolean hasNext) {
	}

	/**
	 * A page of requests, newest first, optionally of one status and (for a department head) of some units only.
	 * Paging by offset is fine for the first pages people actually look at.
	 */
	@Transactional(readOnly = true)
	public RequestPage requests(Optional<RequestStatus> status, Optional<List<Long>> units, int page) {
		// the page is cut first, then only its rows get their payers (not every row skipped by the offset)
		var sql = new StringBuilder("""
				select p.*, (select string_agg(s.legal_entity_code, ' + ' order by s.position) from pu_request_share s
				             where s.request_id = p.id) entities
				from (select r.id, r.number, r.title, r.unit_name, r.status, r.estimated_value, r.requested_on, r.split_flag
				      from pu_request r where true""");
		var params = new LinkedHashMap<String, Object>();
		status.ifPresent(value -> {
			sql.append(" and r.status = :status");
			params.put("status", value.name());
		});
		if (units.isPresent()) {
			if (units.get().isEmpty()) {
				return new RequestPage(List.of(), 0, false);
			}
			sql.append(" and r.unit_id in (:units)");
			params.put("units", units.get());
		}
		sql.append(" order by r.id desc limit :limit offset :offset) p order by p.id desc");
		params.put("limit", PAGE_SIZE + 1);
		params.put("offset", Math.max(0, page) * PAGE_SIZE);
		var rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> new RequestRow(rs.getLong("id"),
				rs.getString("number"), rs.getString("title"), rs.getString("unit_name"),
				RequestStatus.valueOf(rs.getString("status")), rs.getBigDecimal("estimated_value"),
				rs.getObject("requested_on", LocalDate.class), rs.getBoolean("split_flag"), rs.getString("entities")))
			.list();
		var hasNext = rows.size() > PAGE_SIZE;
		return new RequestPage(hasNext ? rows.subList(0, PAGE_SIZE) : rows, Math.max(0, page), hasNext);
	}

	private record CachedCounts(long tenSeconds, Map<RequestStatus, Long> counts) {
	}

	private final AtomicReference<CachedCounts> counts = new AtomicReference<>();

	/**
	 * How many requests stand in each status. Counting 50,000 rows costs some 20 ms, too much for a page the
	 * purchaser opens all day: the figures are kept for ten seconds, and forgotten at once after a change here.
	 */
	public Map<RequestStatus, Long> countsByStatus() {
		var slot = clock.instant().getEpochSecond() / 10;
		var cached = counts.get();
		if (cached != null && cached.tenSeconds() == slot) {
			return cached.counts();
		}
		var computed = Map.copyOf(countNow());
		counts.set(new CachedCounts(slot, computed));
		return computed;
	}

	private Map<RequestStatus, Long> countNow() {
		var counts = new LinkedHashMap<RequestStatus, Long>();
		for (var status : RequestStatus.values()) {
			counts.put(status, 0L);
		}
		jdbc.sql("select status, count(*) n from pu_request group by status")
			.query((rs, n) -> counts.put(RequestStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list();
		return counts;
	}

	// --- contracts and their alerts

	public record ContractRow(long id, String reference, String title, Contract.Kind kind, String supplier,
			String entities, LocalDate start, LocalDate termEnd, Optional<LocalDate> noticeDeadline, BigDecimal maxAmount,
			BigDecimal consumed) {

		public int consumedPercent() {
			return consumed.multiply(new BigDecimal("100")).divide(maxAmount, 0, java.math.RoundingMode.DOWN).intValue();
		}

	}

	public enum AlertKind {

		END, NOTICE, CONSUMPTION;

		public String messageKey() {
			return "purchasing.alert." + name();
		}

	}

	public record Alert(AlertKind kind, ContractRow contract, LocalDate date, long days) {
	}

	private record CachedAlerts(LocalDate day, long minute, List<Alert> alerts) {
	}

	/** Every contract with its current term, next notice deadline and consumption (5,000 rows cost a few ms). */
	@Transactional(readOnly = true)
	public List<ContractRow> contracts(LocalDate day) {
		return jdbc.sql("""
				select c.id, c.reference, c.title, c.kind, s.name supplier, c.start_date, c.end_date, c.renewal_months,
				  c.notice_months, c.max_amount,
				  (select string_agg(e.legal_entity_code, ' + ' order by e.legal_entity_code) from pu_contract_entity e where e.contract_id = c.id) entities,
				  coalesce(u.consumed, 0) consumed
				from pu_contract c join pu_supplier s on s.id = c.supplier_id
				left join (select r.contract_id, sum(l.quantity * l.unit_price) consumed from pu_request r
				           join pu_order_line l on l.request_id = r.id
				           where r.contract_id is not null and r.status in ('ORDERED', 'DELIVERED', 'INVOICED')
				           group by r.contract_id) u on u.contract_id = c.id
				order by c.end_date, c.id""")
			.query((rs, n) -> {
				var terms = new ContractTerms(rs.getObject("start_date", LocalDate.class),
						rs.getObject("end_date", LocalDate.class), (Integer) rs.getObject("renewal_months"),
						rs.getInt("notice_months"));
				return new ContractRow(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
						Contract.Kind.valueOf(rs.getString("kind")), rs.getString("supplier"), rs.getString("entities"),
						terms.start(), terms.termEndOn(day), terms.noticeDeadlineOn(day), rs.getBigDecimal("max_amount"),
						Money.of(rs.getBigDecimal("consumed")));
			})
			.list();
	}

	/**
	 * The alerts of the day: a contract ending within 90 days (without tacit renewal), a notice deadline within
	 * 60 days, a maximum consumed for 80 % or more. Kept for a minute, since the dashboard asks often.
	 */
	public List<Alert> alerts() {
		var now = clock.instant();
		var day = LocalDate.now(clock);
		var minute = now.getEpochSecond() / 60;
		var cached = alerts.get();
		if (cached != null && cached.day().equals(day) && cached.minute() == minute) {
			return cached.alerts();
		}
		var computed = alertsOn(day);
		alerts.set(new CachedAlerts(day, minute, computed));
		return computed;
	}

	/** Forgets the cached alerts and counts after a change to requests, contracts or orders. */
	public void refreshAlerts() {
		alerts.set(null);
		counts.set(null);
	}

	@Transactional(readOnly = true)
	public List<Alert> alertsOn(LocalDate day) {
		var result = new ArrayList<Alert>();
		for (var contract : contracts(day)) {
			if (contract.termEnd().isBefore(day)) {
				continue;
			}
			if (contract.noticeDeadline().isEmpty()
					&& !contract.termEnd().isAfter(day.plusDays(END_ALERT_DAYS))) {
				result.add(new Alert(AlertKind.END, contract, contract.termEnd(),
						java.time.temporal.ChronoUnit.DAYS.between(day, contract.termEnd())));
			}
			contract.noticeDeadline().filter(deadline -> !deadline.isAfter(day.plusDays(NOTICE_ALERT_DAYS)))
				.ifPresent(deadline -> result.add(new Alert(AlertKind.NOTICE, contract, deadline,
						java.time.temporal.ChronoUnit.DAYS.between(day, deadline))));
			if (contract.consumed().compareTo(contract.maxAmount().multiply(CONSUMPTION_ALERT)) >= 0) {
				result.add(new Alert(AlertKind.CONSUMPTION, contract, null, contract.consumedPercent()));
			}
		}
		result.sort(java.util.Comparator.comparing((Alert alert) -> alert.date() == null ? LocalDate.MAX : alert.date()));
		return List.copyOf(result);
	}

	// --- spend report

	public record SpendRow(int year, String entity, String category, String supplier, long orders, BigDecimal ordered,
			BigDecimal invoiced) {
	}

	/**
	 * Spend per legal entity, category, supplier and year: ordered amounts split over the entities by their share
	 * of the request, invoiced amounts likewise.
	 */
	@Transactional(readOnly = true)
	public List<SpendRow> spend(Optional<Integer> year) {
		return jdbc.sql("""
				with ordered as (
				  select r.id, extract(year from r.ordered_on)::int yr, r.category, r.supplier_id, r.estimated_value,
				    (select sum(l.quantity * l.unit_price) from pu_order_line l where l.request_id = r.id) ordered,
				    (select coalesce(sum(i.amount), 0) from pu_invoice i where i.request_id = r.id) invoiced
				  from pu_request r where r.status in ('ORDERED', 'DELIVERED', 'INVOICED')
				    and (cast(:year as int) is null or extract(year from r.ordered_on) = cast(:year as int)))
				select o.yr, s.legal_entity_code entity, o.category, p.name supplier, count(*) orders,
				  round(sum(o.ordered * s.amount / o.estimated_value), 2) ordered,
				  round(sum(o.invoiced * s.amount / o.estimated_value), 2) invoiced
				from ordered o join pu_request_share s on s.request_id = o.id join pu_supplier p on p.id = o.supplier_id
				group by o.yr, s.legal_entity_code, o.category, p.name
				order by o.yr desc, entity, o.category, supplier""")
			.param("year", year.orElse(null))
			.query((rs, n) -> new SpendRow(rs.getInt("yr"), rs.getString("entity"), rs.getString("category"),
					rs.getString("supplier"), rs.getLong("orders"), rs.getBigDecimal("ordered"),
					rs.getBigDecimal("invoiced")))
			.list();
	}

}

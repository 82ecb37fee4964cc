package be.eenloket.frontdesk.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import be.eenloket.directory.DirectoryCatalog;
import be.eenloket.identity.AuditLog;
import be.eenloket.kernel.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visitor routing log: where a visitor, caller or e-mail was sent, for what. It holds no personal data, only
 * the moment, the channel, the task or question and the service; the counts per service, day and hour show the
 * organisation where people go and when.
 */
@Service
public class VisitorLog {

	public enum Channel {

		DESK, PHONE, EMAIL

	}

	/** One contact moment. */
	public record Contact(Channel channel, Long taskId, Long servicePointId, String question) {
	}

	/**
	 * Counts for a period.
	 *
	 * @param total all contacts
	 * @param hours the hours of the day that occur, in order (e.g. 8 to 17)
	 * @param services per service (by name, most visited first): contacts per hour and in total
	 * @param perHour all contacts per hour of the day
	 * @param perDay contacts per day, in date order (days without contacts included)
	 * @param perChannel contacts per channel
	 */
	public record Counts(LocalDate from, LocalDate to, long total, List<Integer> hours, List<ServiceCount> services,
			Map<Integer, Long> perHour, Map<LocalDate, Long> perDay, Map<Channel, Long> perChannel) {

		public long maxPerHour() {
			return perHour.values().stream().mapToLong(Long::longValue).max().orElse(0);
		}

		public long maxPerDay() {
			return perDay.values().stream().mapToLong(Long::longValue).max().orElse(0);
		}

	}

	/** A service's contacts per hour of the day. {@code name} is {@code null} for contacts not sent to a service. */
	public record ServiceCount(String name, Map<Integer, Long> perHour, long total) {

		public long at(int hour) {
			return perHour.getOrDefault(hour, 0L);
		}

	}

	/** The first and last hour of the day the figures always show. */
	static final int OFFICE_OPENS = 8;

	static final int OFFICE_CLOSES = 17;

	private final JdbcClient jdbc;

	private final DirectoryCatalog directory;

	private final AuditLog audit;

	private final Clock clock;

	VisitorLog(JdbcClient jdbc, DirectoryCatalog directory, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records a contact once per form. A task handled by exactly one service point counts for that service point
	 * when none was chosen.
	 * @throws RuleViolation when the task or service point does not exist or nothing was said
	 */
	@Transactional
	public void record(Contact contact, UUID formToken) {
		var task = Optional.ofNullable(contact.taskId()).map(id -> directory.task(id)
			.orElseThrow(() -> new RuleViolation("taskId", "contact.task.unknown")));
		var point = Optional.ofNullable(contact.servicePointId()).map(id -> directory.servicePoint(id)
			.orElseThrow(() -> new RuleViolation("servicePointId", "contact.servicePoint.unknown")));
		if (point.isEmpty() && task.isPresent() && task.get().servicePoints().size() == 1) {
			point = Optional.of(task.get().servicePoints().get(0));
		}
		var sentTo = point;
		var question = contact.question() == null || contact.question().isBlank() ? null : contact.question().strip();
		if (task.isEmpty() && point.isEmpty() && question == null) {
			throw new RuleViolation("servicePointId", "contact.empty");
		}
		var inserted = jdbc.sql("""
				insert into fd_contact (occurred_at, channel, task_id, task_name, service_point_id, service_point_name,
				  question, registered_by, form_token)
				values (:now, :channel, :taskId, :taskName, :pointId, :pointName, :question, :user, :token)
				on conflict (form_token) do nothing returning id""")
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.param("channel", contact.channel().name())
			.param("taskId", task.map(DirectoryCatalog.TaskInfo::id).orElse(null))
			.param("taskName", task.map(DirectoryCatalog.TaskInfo::name).orElse(null))
			.param("pointId", point.map(DirectoryCatalog.ServicePointInfo::id).orElse(null))
			.param("pointName", point.map(DirectoryCatalog.ServicePointInfo::name).orElse(null))
			.param("question", question)
			.param("user", SocialAidRegister.currentUser())
			.param("token", formToken)
			.query(Long.class)
			.optional();
		inserted.ifPresent(id -> audit.record("frontdesk", "REGISTERED", "Contact", id,
				"Contact (" + contact.channel().name() + ") doorverwezen naar "
						+ sentTo.map(DirectoryCatalog.ServicePointInfo::name).orElse("-")));
	}

	/** How many contacts were registered today, by everyone. */
	@Transactional(readOnly = true)
	public long countToday() {
		var zone = clock.getZone().getId();
		return jdbc.sql("""
				select count(*) from fd_contact
				where (occurred_at at time zone :zone)::date = (cast(:now as timestamptz) at time zone :zone)::date""")
			.param("zone", zone)
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	/** Counts for the days {@code from} to {@code to}, both included, in the municipality's time zone. */
	@Transactional(readOnly = true)
	public Counts counts(LocalDate from, LocalDate to) {
		var zone = clock.getZone().getId();
		var rows = jdbc.sql("""
				select service_point_name, channel, (occurred_at at time zone :zone)::date as day,
				       extract(hour from occurred_at at time zone :zone)::int as hour, count(*) as contacts
				from fd_contact
				where occurred_at >= (cast(:from as timestamp) at time zone :zone)
				  and occurred_at < (cast(:to as timestamp) at time zone :zone)
				group by 1, 2, 3, 4""")
			.param("zone", zone)
			.param("from", from.atStartOfDay())
			.param("to", to.plusDays(1).atStartOfDay())
			.query((rs, row) -> new Row(rs.getString(1), Channel.valueOf(rs.getString(2)),
					rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getLong(5)))
			.list();
		var perHour = new TreeMap<Integer, Long>();
		var perChannel = new LinkedHashMap<Channel, Long>();
		for (var channel : Channel.values()) {
			perChannel.put(channel, 0L);
		}
		var perDay = new TreeMap<LocalDate, Long>();
		for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
			perDay.put(day, 0L);
		}
		var perService = new TreeMap<String, Map<Integer, Long>>();
		var unrouted = new TreeMap<Integer, Long>();
		long total = 0;
		for (var row : rows) {
			total += row.contacts();
			perHour.merge(row.hour(), row.contacts(), Long::sum);
			perChannel.merge(row.channel(), row.contacts(), Long::sum);
			perDay.merge(row.day(), row.contacts(), Long::sum);
			var target = row.service() == null ? unrouted : perService.computeIfAbsent(row.service(), name -> new TreeMap<>());
			target.merge(row.hour(), row.contacts(), Long::sum);
		}
		var services = new ArrayList<ServiceCount>();
		perService.forEach((name, hours) -> services.add(new ServiceCount(name, hours, sum(hours))));
		services.sort((a, b) -> Long.compare(b.total(), a.total()));
		if (!unrouted.isEmpty()) {
			services.add(new ServiceCount(null, unrouted, sum(unrouted)));
		}
		// the office hours always show, so weeks look alike and a quiet hour shows as a zero, not as a gap
		var first = Math.min(OFFICE_OPENS, perHour.isEmpty() ? OFFICE_OPENS : perHour.firstKey());
		var last = Math.max(OFFICE_CLOSES, perHour.isEmpty() ? OFFICE_CLOSES : perHour.lastKey());
		for (int hour = first; hour <= last; hour++) {
			perHour.putIfAbsent(hour, 0L);
		}
		return new Counts(from, to, total, List.copyOf(perHour.keySet()), services, perHour, perDay, perChannel);
	}

	private static long sum(Map<Integer, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

	private record Row(String service, Channel channel, LocalDate day, int hour, long contacts) {
	}

}

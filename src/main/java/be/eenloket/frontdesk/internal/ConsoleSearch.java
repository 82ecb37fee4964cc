package be.eenloket.frontdesk.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import be.eenloket.directory.DirectoryCatalog;
import be.eenloket.organisation.OrganisationChart;
import be.eenloket.organisation.StaffMember;
import be.eenloket.organisation.UnitLeads;
import org.springframework.stereotype.Service;

/**
 * The console's one search: tasks, service points and places through the directory's search (an in-memory
 * index), plus staff by name, function, unit or internal phone number, with the internal details the public pages
 * do not show (internal phones, rooms, who stands in for the head).
 * <p>
 * Staff are matched in a small Lucene index of their own ({@link StaffIndex}: word beginnings while typing, typos in
 * names), never in the directory's public one. It is kept with the units' leads and rebuilt every
 * {@value #STAFF_REFRESH_SECONDS} seconds (and at midnight), so typing never waits on the organogram's queries.
 */
@Service
public class ConsoleSearch {

	static final int STAFF_REFRESH_SECONDS = 30;

	static final int MAX_STAFF = 15;

	static final int MAX_MATCHES = 12;

	/** A task's service points and a person's desks shown at most; the rest is counted (and on the task page). */
	static final int MAX_POINTS = 4;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** A service point with the internal details reception may pass on. */
	public record PointDetails(DirectoryCatalog.ServicePointInfo point, UnitLeads leads, boolean shownAbove) {
	}

	/**
	 * A task with (the first of) the service points that handle it, a service point on its own, or a place (a room,
	 * a floor or a building) with no points.
	 */
	public record DirectoryMatch(DirectoryCatalog.TaskInfo task, List<PointDetails> points, int morePoints,
			DirectoryCatalog.Place place) {
	}

	/** A staff member with (the first of) the desks of their units. */
	public record StaffMatch(StaffMember member, List<DirectoryCatalog.ServicePointInfo> desks, int moreDesks) {
	}

	public record Results(String query, List<DirectoryMatch> directory, List<StaffMatch> staff) {

		public boolean empty() {
			return directory.isEmpty() && staff.isEmpty();
		}

	}

	private final DirectoryCatalog directory;

	private final OrganisationChart organisation;

	private final Clock clock;

	private volatile StaffSnapshot staffIndex;

	ConsoleSearch(DirectoryCatalog directory, OrganisationChart organisation, Clock clock) {
		this.directory = directory;
		this.organisation = organisation;
		this.clock = clock;
	}

	public Results search(String query) {
		var cleaned = query == null ? "" : query.strip();
		if (cleaned.length() > 100) {
			cleaned = cleaned.substring(0, 100);
		}
		if (cleaned.isEmpty()) {
			return new Results(cleaned, List.of(), List.of());
		}
		var today = LocalDate.now(clock);
		var index = index(today);
		var matches = directory.search(cleaned).stream()
			.limit(MAX_MATCHES)
			.map(match -> match.task() != null
					? new DirectoryMatch(match.task(), match.task().servicePoints().stream()
						.limit(MAX_POINTS)
						.map(point -> details(point, index))
						.toList(), Math.max(0, match.task().servicePoints().size() - MAX_POINTS), null)
					: match.servicePoint() != null
							? new DirectoryMatch(null, List.of(details(match.servicePoint(), index)), 0, null)
							: new DirectoryMatch(null, List.of(), 0, match.place()))
			.toList();
		return new Results(cleaned, onceEach(matches), staff(cleaned, index));
	}

	/**
	 * A desk that handles several of the tasks found ("burgerzaken" finds a dozen tasks of one desk) gets its full card
	 * once, at its first task; later tasks name it and point up, so the receptionist does not read the same card six
	 * times.
	 */
	private static List<DirectoryMatch> onceEach(List<DirectoryMatch> matches) {
		var shown = new java.util.HashSet<Long>();
		var result = new ArrayList<DirectoryMatch>(matches.size());
		for (var match : matches) {
			var points = new ArrayList<PointDetails>(match.points().size());
			for (var details : match.points()) {
				points.add(shown.add(details.point().id()) ? details
						: new PointDetails(details.point(), details.leads(), true));
			}
			result.add(new DirectoryMatch(match.task(), List.copyOf(points), match.morePoints(), match.place()));
		}
		return List.copyOf(result);
	}

	private PointDetails details(DirectoryCatalog.ServicePointInfo point, StaffSnapshot index) {
		var leads = index.leads().computeIfAbsent(point.unit().value(),
				unit -> organisation.leads(point.unit(), index.date()));
		return new PointDetails(point, leads.orElse(null), false);
	}

	private List<StaffMatch> staff(String query, StaffSnapshot index) {
		var normalised = normalise(query);
		if (normalised.isEmpty()) {
			return List.of();
		}
		var digits = query.replaceAll("[^0-9]", "");
		var phoneQuery = digits.length() >= 2 && query.replaceAll("[0-9\\s./+-]", "").isEmpty();
		var members = phoneQuery
				? index.entries().stream().filter(entry -> entry.phoneDigits().contains(digits)).map(IndexEntry::member).toList()
				: index.words().search(query, MAX_STAFF);
		var result = new ArrayList<StaffMatch>();
		for (var member : members) {
			// a unit can have hundreds of desks: only the first few are looked up, the rest are counted
			var units = member.positions().stream().map(StaffMember.Position::unit).distinct().toList();
			var desks = new ArrayList<DirectoryCatalog.ServicePointInfo>();
			var total = 0;
			for (var unit : units) {
				total += directory.countServicePointsOf(unit);
				if (desks.size() < MAX_POINTS) {
					desks.addAll(directory.servicePointsOf(unit, MAX_POINTS - desks.size()));
				}
			}
			result.add(new StaffMatch(member, List.copyOf(desks), Math.max(0, total - MAX_POINTS)));
			if (result.size() == MAX_STAFF) {
				break;
			}
		}
		return result;
	}

	private StaffSnapshot index(LocalDate today) {
		var current = staffIndex;
		if (current == null || !current.date().equals(today)
				|| current.builtAt() + STAFF_REFRESH_SECONDS * 1_000_000_000L < System.nanoTime()) {
			var staff = organisation.staff(today);
			current = new StaffSnapshot(today, System.nanoTime(), staff.stream().map(ConsoleSearch::entry).toList(),
					StaffIndex.of(staff), new ConcurrentHashMap<>());
			staffIndex = current;
		}
		return current;
	}

	private static IndexEntry entry(StaffMember member) {
		var phone = member.internalPhone() == null ? "" : member.internalPhone().replaceAll("[^0-9]", "");
		return new IndexEntry(member, phone);
	}

	/** Lower case, without accents, letters and digits only, single spaces. */
	static String normalise(String text) {
		var withoutMarks = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		return withoutMarks.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	/** Forces the staff list to be rebuilt on the next search (tests, after a change). */
	public void refresh() {
		staffIndex = null;
	}

	private record IndexEntry(StaffMember member, String phoneDigits) {
	}

	/** Staff and, filled as searches need them, the leads of units; rebuilt together. */
	private record StaffSnapshot(LocalDate date, long builtAt, List<IndexEntry> entries, StaffIndex words,
			Map<Long, Optional<UnitLeads>> leads) {
	}

}

package be.eenloket.directory.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a service point is open: weekly schedules valid for a period, plus exceptions for single days. Times are
 * wall-clock times in the municipality's zone, so a daylight saving change never moves an opening hour, and a slot
 * never crosses midnight (the database refuses it).
 * <p>
 * An exception day replaces the weekly hours of that day: a closed exception closes the whole day (with its
 * reason); exceptions with hours are that day's hours (for an extra evening opening, the day's usual hours are
 * entered together with the evening).
 */
public record OpeningHours(List<Schedule> schedules, List<Exception> exceptions) {

	public record Schedule(String name, LocalDate validFrom, LocalDate validTo, List<Slot> slots) {

		boolean covers(LocalDate date) {
			return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
		}

	}

	public record Slot(DayOfWeek day, LocalTime opens, LocalTime closes) {
	}

	public record Exception(LocalDate day, boolean closed, LocalTime opens, LocalTime closes, String reason) {
	}

	/** The hours of one day, with the reason when they differ from the weekly schedule. */
	public record Day(LocalDate date, List<Slot> slots, boolean exceptional, String reason) {

		public boolean closed() {
			return slots.isEmpty();
		}

	}

	public enum State {

		/** Open now; {@code until} is the closing time. */
		OPEN,
		/** Closed now, opens again today at {@code next}. */
		OPENS_LATER_TODAY,
		/** Closed for the rest of today; {@code next} is the next opening (if any within two weeks). */
		CLOSED

	}

	/** What a citizen needs to know right now. */
	public record Status(State state, LocalTime until, LocalDateTime next, String reasonToday, boolean byAppointmentOnly) {
	}

	public OpeningHours {
		schedules = List.copyOf(schedules);
		exceptions = List.copyOf(exceptions);
	}

	public Day day(LocalDate date) {
		var todays = exceptions.stream().filter(exception -> exception.day().equals(date)).toList();
		if (!todays.isEmpty()) {
			var closing = todays.stream().filter(Exception::closed).findFirst();
			if (closing.isPresent()) {
				return new Day(date, List.of(), true, closing.get().reason());
			}
			var slots = todays.stream()
				.map(exception -> new Slot(date.getDayOfWeek(), exception.opens(), exception.closes()))
				.sorted(Comparator.comparing(Slot::opens))
				.toList();
			return new Day(date, slots, true, todays.get(0).reason());
		}
		var slots = schedules.stream()
			.filter(schedule -> schedule.covers(date))
			.findFirst()
			.map(schedule -> schedule.slots().stream()
				.filter(slot -> slot.day() == date.getDayOfWeek())
				.sorted(Comparator.comparing(Slot::opens))
				.toList())
			.orElse(List.of());
		return new Day(date, slots, false, null);
	}

	public Status status(LocalDateTime now) {
		var today = day(now.toLocalDate());
		var time = now.toLocalTime();
		for (var slot : today.slots()) {
			if (!time.isBefore(slot.opens()) && time.isBefore(slot.closes())) {
				return new Status(State.OPEN, closingOfRun(today.slots(), slot), null, today.reason(), false);
			}
			if (time.isBefore(slot.opens())) {
				return new Status(State.OPENS_LATER_TODAY, null, now.toLocalDate().atTime(slot.opens()), today.reason(), false);
			}
		}
		return new Status(State.CLOSED, null, nextOpening(now.toLocalDate().plusDays(1)).orElse(null),
				today.exceptional() && today.closed() ? today.reason() : null, false);
	}

	/** The week starting on {@code monday}, day by day. */
	public List<Day> week(LocalDate monday) {
		var days = new ArrayList<Day>();
		for (int i = 0; i < 7; i++) {
			days.add(day(monday.plusDays(i)));
		}
		return days;
	}

	/** Exceptions from {@code from} on, in date order. */
	public List<Exception> upcomingExceptions(LocalDate from, int max) {
		return exceptions.stream()
			.filter(exception -> !exception.day().isBefore(from))
			.sorted(Comparator.comparing(Exception::day).thenComparing(exception -> exception.opens() == null ? LocalTime.MIN : exception.opens()))
			.limit(max)
			.toList();
	}

	private Optional<LocalDateTime> nextOpening(LocalDate from) {
		for (int i = 0; i < 14; i++) {
			var day = day(from.plusDays(i));
			if (!day.slots().isEmpty()) {
				return Optional.of(day.date().atTime(day.slots().get(0).opens()));
			}
		}
		return Optional.empty();
	}

	/** Slots that touch (12:00–13:00 and 13:00–16:00) count as one opening. */
	private static LocalTime closingOfRun(List<Slot> slots, Slot start) {
		var closes = start.closes();
		for (var slot : slots) {
			if (slot.opens().equals(closes)) {
				closes = slot.closes();
			}
		}
		return closes;
	}

}

package be.eenloket.directory.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import be.eenloket.kernel.RuleViolation;

/**
 * A week's opening hours as editors type them: per day (Monday first) text like "08:30-12:00, 13:30-16:00", empty
 * for closed; "9-12" and "13u30-16u" are read too. A slot must close after it opens and not overlap another slot of
 * the same day. A pure rule, tested without Spring.
 */
public record WeeklyHours(List<Slot> slots) {

	/** A slot of a day of the week. */
	public record Slot(DayOfWeek day, LocalTime opens, LocalTime closes) {
	}

	/** Reads the seven days; every part that cannot be read is reported on its day ({@code days[i]}). */
	public static WeeklyHours parse(List<String> days) {
		var slots = new ArrayList<Slot>();
		var violations = new ArrayList<RuleViolation>();
		for (int i = 0; i < 7; i++) {
			var text = i < days.size() && days.get(i) != null ? days.get(i).strip() : "";
			if (text.isEmpty()) {
				continue;
			}
			var daySlots = new ArrayList<Slot>();
			for (var part : text.split("[,;]")) {
				var range = part.strip().split("\\s*[-–]\\s*");
				try {
					var opens = LocalTime.parse(pad(range[0]));
					var closes = LocalTime.parse(pad(range[1]));
					if (!closes.isAfter(opens)) {
						throw new DateTimeParseException("order", part, 0);
					}
					for (var other : daySlots) {
						if (opens.isBefore(other.closes()) && other.opens().isBefore(closes)) {
							throw new DateTimeParseException("overlap", part, 0);
						}
					}
					daySlots.add(new Slot(DayOfWeek.of(i + 1), opens, closes));
				}
				catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
					violations.add(new RuleViolation("days[" + i + "]", "editor.hours.invalid", part.strip()));
				}
			}
			slots.addAll(daySlots);
		}
		RuleViolations.throwIfAny(violations);
		return new WeeklyHours(List.copyOf(slots));
	}

	private static String pad(String time) {
		var t = time.strip().replace('u', ':').replace('.', ':').replace('h', ':').replaceAll(":$", "");
		if (t.matches("\\d{1,2}")) {
			t = t + ":00";
		}
		return t.matches("\\d:\\d{2}") ? "0" + t : t;
	}

}

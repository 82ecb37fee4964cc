package be.eenloket.directory.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** How editors type a week's hours, read without Spring. */
class WeeklyHoursTests {

	@Test
	void editorsTypeHoursTheWayTheyWriteThem() {
		var week = WeeklyHours.parse(List.of("9-12", "", "13u30-16u, 8.30-12"));
		assertThat(week.slots()).containsExactly(
				new WeeklyHours.Slot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
				new WeeklyHours.Slot(DayOfWeek.WEDNESDAY, LocalTime.of(13, 30), LocalTime.of(16, 0)),
				new WeeklyHours.Slot(DayOfWeek.WEDNESDAY, LocalTime.of(8, 30), LocalTime.of(12, 0)));
	}

	@Test
	void everyUnreadableDayIsReportedAtOnceOnItsOwnField() {
		var refused = catchThrowableOfType(RuleViolations.class,
				() -> WeeklyHours.parse(List.of("08:30-12:00, 11:00-13:00", "negen tot twaalf", "", "", "16-9")));
		assertThat(refused.violations()).extracting(violation -> violation.field() + " " + violation.arguments())
			.containsExactly("days[0] [11:00-13:00]", "days[1] [negen tot twaalf]", "days[4] [16-9]");
	}

}

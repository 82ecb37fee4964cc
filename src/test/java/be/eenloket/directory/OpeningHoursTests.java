package be.eenloket.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import be.eenloket.directory.internal.OpeningHours;
import be.eenloket.directory.internal.OpeningHours.Schedule;
import be.eenloket.directory.internal.OpeningHours.Slot;
import be.eenloket.directory.internal.OpeningHours.State;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Open now", "opens at" and "closed today because" around midnight, holidays, summer hours and DST. */
class OpeningHoursTests {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	static final List<Slot> WEEK = List.of(slot(DayOfWeek.MONDAY, "08:30", "12:00"), slot(DayOfWeek.MONDAY, "13:30", "16:00"),
			slot(DayOfWeek.WEDNESDAY, "08:30", "12:00"), slot(DayOfWeek.WEDNESDAY, "12:00", "19:00"),
			slot(DayOfWeek.SUNDAY, "09:00", "12:00"));

	final OpeningHours hours = new OpeningHours(List.of(
			new Schedule("Openingsuren", LocalDate.of(2020, 1, 1), LocalDate.of(2027, 7, 1), WEEK),
			new Schedule("Zomeruren", LocalDate.of(2027, 7, 1), LocalDate.of(2027, 9, 1),
					List.of(slot(DayOfWeek.MONDAY, "09:00", "12:00")))),
			List.of(new OpeningHours.Exception(LocalDate.of(2026, 12, 28), true, null, null, "Personeelsdag"),
					new OpeningHours.Exception(LocalDate.of(2026, 12, 30), false, LocalTime.of(17, 0), LocalTime.of(20, 0),
							"Extra avondopening verkiezingen")));

	@Test
	void openDuringASlotUntilItsEnd() {
		var status = hours.status(LocalDateTime.of(2026, 11, 23, 9, 0));
		assertThat(status.state()).isEqualTo(State.OPEN);
		assertThat(status.until()).isEqualTo(LocalTime.of(12, 0));
	}

	@Test
	void touchingSlotsCountAsOneOpening() {
		assertThat(hours.status(LocalDateTime.of(2026, 11, 25, 11, 0)).until()).isEqualTo(LocalTime.of(19, 0));
	}

	@Test
	void closingTimeItselfIsClosedAndTheNextSlotIsAnnounced() {
		var status = hours.status(LocalDateTime.of(2026, 11, 23, 12, 0));
		assertThat(status.state()).isEqualTo(State.OPENS_LATER_TODAY);
		assertThat(status.next()).isEqualTo(LocalDateTime.of(2026, 11, 23, 13, 30));
	}

	@Test
	void justBeforeAndAfterMidnight() {
		var lateMonday = hours.status(LocalDateTime.of(2026, 11, 23, 23, 59, 59));
		assertThat(lateMonday.state()).isEqualTo(State.CLOSED);
		assertThat(lateMonday.next()).isEqualTo(LocalDateTime.of(2026, 11, 25, 8, 30));
		var midnightTuesday = hours.status(LocalDateTime.of(2026, 11, 24, 0, 0));
		assertThat(midnightTuesday.state()).isEqualTo(State.CLOSED);
		assertThat(midnightTuesday.next()).isEqualTo(LocalDateTime.of(2026, 11, 25, 8, 30));
	}

	@Test
	void aHolidayClosesTheDayWithItsReason() {
		var status = hours.status(LocalDateTime.of(2026, 12, 28, 10, 0));
		assertThat(status.state()).isEqualTo(State.CLOSED);
		assertThat(status.reasonToday()).isEqualTo("Personeelsdag");
		assertThat(status.next()).isEqualTo(LocalDateTime.of(2026, 12, 30, 17, 0));
	}

	@Test
	void anExceptionWithHoursReplacesTheDaysUsualHours() {
		var day = hours.day(LocalDate.of(2026, 12, 30));
		assertThat(day.exceptional()).isTrue();
		assertThat(day.slots()).extracting(Slot::opens).containsExactly(LocalTime.of(17, 0));
		assertThat(hours.status(LocalDateTime.of(2026, 12, 30, 10, 0)).state()).isEqualTo(State.OPENS_LATER_TODAY);
		assertThat(hours.status(LocalDateTime.of(2026, 12, 30, 18, 0)).state()).isEqualTo(State.OPEN);
	}

	@Test
	void summerHoursApplyInTheirPeriod() {
		assertThat(hours.day(LocalDate.of(2027, 7, 5)).slots()).containsExactly(slot(DayOfWeek.MONDAY, "09:00", "12:00"));
		assertThat(hours.day(LocalDate.of(2027, 9, 6)).slots()).isEmpty();
	}

	@Test
	void daylightSavingChangesDoNotMoveOpeningHours() {
		// Sunday 29 March 2026: clocks go from 02:00 to 03:00; Sunday 25 October 2026: from 03:00 back to 02:00
		for (var sunday : List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25))) {
			var nineOClock = ZonedDateTime.of(sunday, LocalTime.of(9, 0), BRUSSELS).toLocalDateTime();
			assertThat(hours.status(nineOClock).state()).isEqualTo(State.OPEN);
			var beforeDawn = ZonedDateTime.of(sunday, LocalTime.of(2, 30), BRUSSELS).toLocalDateTime();
			assertThat(hours.status(beforeDawn).next()).isEqualTo(sunday.atTime(9, 0));
		}
	}

	@Test
	void noOpeningWithinTwoWeeksMeansNoNextOpening() {
		var closed = new OpeningHours(List.of(), List.of());
		assertThat(closed.status(LocalDateTime.of(2026, 11, 23, 10, 0)).next()).isNull();
	}

	static Slot slot(DayOfWeek day, String opens, String closes) {
		return new Slot(day, LocalTime.parse(opens), LocalTime.parse(closes));
	}

}

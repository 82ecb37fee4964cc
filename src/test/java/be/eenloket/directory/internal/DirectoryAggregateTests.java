package be.eenloket.directory.internal;

import java.time.LocalDate;
import java.time.LocalTime;

import be.eenloket.directory.internal.Buildings.BuildingValues;
import be.eenloket.directory.internal.ServicePoints.ServicePointValues;
import be.eenloket.kernel.RuleViolation;
import be.eenloket.shared.Period;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The rules the directory's aggregates guard themselves, without Spring or a database. */
class DirectoryAggregateTests {

	private static final LocalDate START = LocalDate.of(2018, 1, 1);

	private static ServicePoint desk() {
		return new ServicePoint(new ServicePointValues("loket", "Loket", 7, null, null, null, null, false, ""), 1, null,
				START);
	}

	@Test
	void aMoveEndsTheCurrentPlaceAndTheNewPlaceLastsAsLongAsTheOldOneWould() {
		var desk = desk();
		var move = LocalDate.of(2027, 1, 1);
		assertThat(desk.endPlaceOn(move)).isNull();
		desk.addPlace(2, null, Period.from(move));
		// a second move before the first: the current place ends earlier, the new place ends when the first move starts
		var earlier = LocalDate.of(2026, 12, 1);
		assertThat(desk.endPlaceOn(earlier)).isEqualTo(move);
		desk.addPlace(3, null, new Period(earlier, move));
	}

	@Test
	void aMoveBeforeTheFirstPlaceIsRefused() {
		var desk = desk();
		var before = START.minusYears(1);
		assertThat(desk.endPlaceOn(before)).isNull();
		var refused = catchThrowableOfType(RuleViolation.class, () -> desk.addPlace(2, null, Period.from(before)));
		assertThat(refused.field()).isEqualTo("date");
		assertThat(refused.messageKey()).isEqualTo("editor.relocation.conflict");
	}

	@Test
	void specialDaysMayNotOverlapAndMustCloseAfterTheyOpen() {
		var desk = desk();
		var day = LocalDate.of(2027, 3, 10);
		desk.addException(day, false, LocalTime.of(9, 0), LocalTime.of(12, 0), "Opleiding");
		desk.addException(day, false, LocalTime.of(13, 0), LocalTime.of(15, 0), "Namiddag");
		assertThatThrownBy(() -> desk.addException(day, true, null, null, "Gesloten"))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.messageKey()).isEqualTo("editor.exception.overlap"));
		var refused = catchThrowableOfType(RuleViolations.class,
				() -> desk.addException(day.plusDays(1), false, null, LocalTime.of(8, 0), "Vergissing"));
		assertThat(refused.violations()).extracting(RuleViolation::field).containsExactly("opens");
		assertThatThrownBy(() -> desk.addException(day.plusDays(1), false, LocalTime.of(14, 0), LocalTime.of(10, 0), "Omgekeerd"))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.messageKey()).isEqualTo("editor.time.order"));
	}

	@Test
	void choosingAnotherUnitAnswersTheQuestionOfAClosedUnit() {
		var desk = desk();
		assertThat(desk.unitClosed(LocalDate.of(2027, 1, 1))).isTrue();
		assertThat(desk.unitClosed(LocalDate.of(2027, 1, 1))).as("a redelivered event is no news").isFalse();
		desk.update(new ServicePointValues("loket", "Loket", 8, null, null, null, null, false, ""));
		assertThat(desk.unitClosed(LocalDate.of(2027, 1, 1))).isTrue();
	}

	@Test
	void aBuildingHasOneFloorPerLevelAndAFloorOneRoomOfAName() {
		var building = new Building(new BuildingValues("huis", "Huis", "Markt", "1", "9990", "Maldegem", null, true, true,
				false, null));
		var ground = building.addFloor(0, "gelijkvloers");
		assertThatThrownBy(() -> building.addFloor(0, "nog een gelijkvloers"))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("level"));
		ground.addRoom("Trouwzaal");
		assertThatThrownBy(() -> ground.addRoom("trouwzaal"))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.messageKey()).isEqualTo("editor.name.taken"));
	}

}

package be.eenloket.socialcases;

import java.time.LocalDate;

import be.eenloket.socialcases.internal.LegalClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The legal clock of a request, without Spring: calendar days from the receipt, never moved. */
class SocialLegalClockTests {

	@Test
	void forwardDecideNotifyAndAppealCountFromTheReceiptDate() {
		var clock = new LegalClock(LocalDate.of(2026, 3, 10));
		assertThat(clock.forwardBy()).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(clock.decideBy()).isEqualTo(LocalDate.of(2026, 4, 9));
		assertThat(clock.notifyBy(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 4, 10));
		assertThat(clock.appealEnds(LocalDate.of(2026, 4, 8))).isEqualTo(LocalDate.of(2026, 7, 8));
	}

	@Test
	void thirtyDaysCrossMonthEndsAndTheYearEnd() {
		assertThat(new LegalClock(LocalDate.of(2026, 1, 31)).decideBy()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(new LegalClock(LocalDate.of(2026, 12, 20)).decideBy()).isEqualTo(LocalDate.of(2027, 1, 19));
		assertThat(new LegalClock(LocalDate.of(2026, 12, 29)).forwardBy()).isEqualTo(LocalDate.of(2027, 1, 3));
	}

	@Test
	void inALeapYearFebruaryHasItsTwentyNinthDay() {
		assertThat(new LegalClock(LocalDate.of(2028, 2, 1)).decideBy()).isEqualTo(LocalDate.of(2028, 3, 2));
		assertThat(new LegalClock(LocalDate.of(2027, 2, 1)).decideBy()).isEqualTo(LocalDate.of(2027, 3, 3));
		assertThat(new LegalClock(LocalDate.of(2028, 2, 26)).forwardBy()).isEqualTo(LocalDate.of(2028, 3, 2));
	}

	@Test
	void threeMonthsFromAMonthEndEndOnTheLastDayOfAShorterMonth() {
		var clock = new LegalClock(LocalDate.of(2026, 10, 1));
		assertThat(clock.appealEnds(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(clock.appealEnds(LocalDate.of(2027, 11, 30))).isEqualTo(LocalDate.of(2028, 2, 29));
		assertThat(clock.appealEnds(LocalDate.of(2026, 5, 31))).isEqualTo(LocalDate.of(2026, 8, 31));
	}

	@Test
	void withoutADecisionTheAppealTermRunsFromTheEndOfTheDecisionPeriod() {
		var clock = new LegalClock(LocalDate.of(2026, 1, 1));
		assertThat(clock.appealEndsWithoutDecision()).isEqualTo(LocalDate.of(2026, 4, 30));
	}

	@Test
	void daysToDecideGoNegativeWhenOverdue() {
		var clock = new LegalClock(LocalDate.of(2026, 1, 1));
		assertThat(clock.daysToDecide(LocalDate.of(2026, 1, 31))).isZero();
		assertThat(clock.daysToDecide(LocalDate.of(2026, 1, 26))).isEqualTo(5);
		assertThat(clock.daysToDecide(LocalDate.of(2026, 2, 3))).isEqualTo(-3);
	}

	@Test
	void aClockNeedsItsReceiptDate() {
		assertThatThrownBy(() -> new LegalClock(null)).isInstanceOf(NullPointerException.class);
	}

}

package be.eenloket.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The national register number's check digits, for people born before and from 2000, and BIS numbers. */
class NationalRegisterNumberTests {

	@Test
	void aNumberOfSomeoneBornBefore2000IsCheckedOverTheNineDigits() {
		// 850730033: 97 - (850730033 mod 97) = 28
		var number = NationalRegisterNumber.parse("85.07.30-033.28").orElseThrow();
		assertThat(number.digits()).isEqualTo("85073003328");
		assertThat(number.formatted()).isEqualTo("85.07.30-033.28");
		assertThat(number.bornFrom2000()).isFalse();
		assertThat(number.birthDate()).contains(LocalDate.of(1985, 7, 30));
	}

	@Test
	void aNumberOfSomeoneBornFrom2000IsCheckedWithALeadingTwo() {
		// 2 followed by 170312001: 97 - (2170312001 mod 97) = 36
		var digits = "170312001";
		var check = 97 - (Long.parseLong("2" + digits) % 97);
		var number = NationalRegisterNumber.parse(digits + "%02d".formatted(check)).orElseThrow();
		assertThat(number.bornFrom2000()).isTrue();
		assertThat(number.birthDate()).contains(LocalDate.of(2017, 3, 12));
		// the same digits with the pre-2000 check digits are a different (valid) person born in 1917
		var older = NationalRegisterNumber.parse(digits + "%02d".formatted(97 - Long.parseLong(digits) % 97)).orElseThrow();
		assertThat(older.birthDate()).contains(LocalDate.of(1917, 3, 12));
	}

	@Test
	void aBisNumberHasTwentyOrFortyAddedToTheMonth() {
		var digits = "854730033";
		var number = NationalRegisterNumber.parse(digits + "%02d".formatted(97 - Long.parseLong(digits) % 97)).orElseThrow();
		assertThat(number.birthDate()).contains(LocalDate.of(1985, 7, 30));
	}

	@ParameterizedTest
	@ValueSource(strings = { "85.07.30-033.29", "8507300332", "850730033288", "85.07.30-O33.28", "", "   " })
	void wrongCheckDigitsOrLengthsAreRefused(String text) {
		assertThat(NationalRegisterNumber.isValid(text)).isFalse();
	}

	@Test
	void theNumberNeverAppearsInToString() {
		assertThat(NationalRegisterNumber.parse("85073003328").orElseThrow().toString()).doesNotContain("850730");
	}

}

package be.eenloket.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnterpriseNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "0207436280", "0207.436.280", "BE 0207.436.280", "be0207436280", "207.436.280",
			"0207-436-280", " 0207 436 280 " })
	void readsNumbersAsPeopleTypeThem(String typed) {
		assertThat(EnterpriseNumber.parse(typed)).map(EnterpriseNumber::digits).contains("0207436280");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0207436281", "2207436280", "020743628", "02074362800", "abcdefghij", "", "BE" })
	void refusesWrongCheckDigitsAndShapes(String typed) {
		assertThat(EnterpriseNumber.isValid(typed)).isFalse();
	}

	@Test
	void checkDigitsAreNinetySevenMinusTheRemainder() {
		// 02126891 mod 97 = 69, so the check number is 97 - 69 = 28
		assertThat(2126891 % 97).isEqualTo(69);
		assertThat(EnterpriseNumber.isValid("0212689128")).isTrue();
		assertThat(EnterpriseNumber.isValid("0212689129")).isFalse();
	}

	@Test
	void printsTheUsualNotation() {
		assertThat(new EnterpriseNumber("0888453187").formatted()).isEqualTo("0888.453.187");
		assertThatThrownBy(() -> new EnterpriseNumber("0888453188")).isInstanceOf(IllegalArgumentException.class);
		assertThat(EnterpriseNumber.parse(null)).isEmpty();
	}

}

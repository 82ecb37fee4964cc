package be.eenloket.frontdesk.internal;

import java.time.Instant;

import be.eenloket.kernel.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The take-over rule of a registered letter, without Spring. */
class IncomingMailTests {

	@Test
	void aLetterIsTakenOverOnceAndTheSecondColleagueIsRefused() {
		var letter = new IncomingMail();
		// registered in SQL with its number, loaded by JPA: no constructor for it in main
		ReflectionTestUtils.setField(letter, "registerNumber", "OCMW-2026-00042");
		var at = Instant.parse("2026-11-27T08:00:00Z");
		letter.takeOver("diensthoofd", at);
		assertThat(letter.takenOver()).isTrue();
		assertThatThrownBy(() -> letter.takeOver("secretariaat", at.plusSeconds(60)))
			.isInstanceOfSatisfying(RuleViolation.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("mail.alreadyTakenOver");
				assertThat(refused.field()).isNull();
				assertThat(refused.arguments()).containsExactly("OCMW-2026-00042");
			});
	}

}

package be.eenloket.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A date handed to a message reads the reader's way, not as ISO text; other arguments are left alone. */
@IntegrationTest
class LocalisedMessageArgumentsTests {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	@Autowired
	MessageSource messages;

	@Test
	void datesInMessagesAreWrittenOutInTheReadersLanguage() {
		assertThat(messages.getMessage("unit.notOnDate", new Object[] { LocalDate.of(2027, 1, 1) }, DUTCH))
			.isEqualTo("De eenheid bestaat niet op 1 januari 2027.");
		assertThat(messages.getMessage("unit.notOnDate", new Object[] { LocalDate.of(2027, 1, 1) }, Locale.ENGLISH))
			.isEqualTo("The unit does not exist on 1 January 2027.");
		assertThat(messages.getMessage("unit.notOnDate", new Object[] { LocalDateTime.of(2027, 3, 5, 9, 30) }, DUTCH))
			.isEqualTo("De eenheid bestaat niet op 5 maart 2027, 09:30.");
	}

	@Test
	void otherArgumentsAndTheBundlesThemselvesAreUnchanged() {
		assertThat(messages.getMessage("unit.notOnDate", new Object[] { "gisteren" }, DUTCH))
			.isEqualTo("De eenheid bestaat niet op gisteren.");
		assertThat(messages.getMessage("position.notFound", null, DUTCH)).isEqualTo("Deze functie bestaat niet.");
		assertThat(messages.getMessage("position.notFound", null, Locale.ENGLISH)).isEqualTo("This position does not exist.");
	}

}

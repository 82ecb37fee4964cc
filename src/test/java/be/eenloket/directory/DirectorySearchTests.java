package be.eenloket.directory;

import java.util.List;

import be.eenloket.directory.internal.DirectoryReadModel;
import be.eenloket.directory.internal.DirectorySearch;
import be.eenloket.directory.internal.search.DirectoryIndex.Hit;
import be.eenloket.directory.internal.search.DirectoryIndex.Kind;
import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search ranking on the application's own index of the demo directory (loaded from real PostgreSQL): the best
 * answer comes first, rooms when named, English too, and odd input never fails.
 */
@IntegrationTest
class DirectorySearchTests {

	@Autowired
	DirectorySearch search;

	@Autowired
	DirectoryReadModel readModel;

	@ParameterizedTest(name = "\"{0}\" finds {1} first")
	@CsvSource({ "paspoort, paspoort", "reispas, paspoort", "Paspoorten, paspoort", "pasport, paspoort",
			"rijbewys, rijbewijs", "rijbewijs, rijbewijs", "eID, identiteitskaart", "identiteitskaart, identiteitskaart",
			"leefloon, leefloon", "LEEFLOON, leefloon", "bijstand, leefloon", "trouwen, huwelijk", "grofvuil, grofvuil",
			"bouwvergunning, omgevingsvergunning", "verhuizen, adreswijziging", "goed gedrag en zeden, uittreksel-strafregister",
			"geboorte, geboorteaangifte", "schulden, schuldbemiddeling" })
	void theBestTaskComesFirst(String query, String expectedTask) {
		var first = search.search(query).get(0);
		assertThat(first.kind()).isEqualTo(Kind.TASK);
		assertThat(readModel.current().tasks().get(first.id()).slug()).isEqualTo(expectedTask);
	}

	@Test
	void accentsDoNotMatter() {
		var hits = search.search("financiele");
		assertThat(names(hits)).contains("Financiële dienst", "Financiële steun aanvragen");
		assertThat(search.search("Financiële")).isEqualTo(search.search("financiele"));
	}

	@Test
	void serviceNamesAreFoundToo() {
		assertThat(names(search.search("burgerzaken"))).contains("Dienst Burgerzaken");
		assertThat(names(search.search("sociaal huis"))).first().isEqualTo("Sociale dienst (Sociaal Huis)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "'; drop table dir_task; --", "<script>alert(1)</script>", "😀😀😀", "%_\\",
			"!!!", "a & b | c", "\u0000\u0007", "title:*", "a AND (", "name:paspoort~2^10", "*", "?", "\"\"", "[* TO *]",
			"+-!():^[]\"{}~*?|&/" })
	void oddInputReturnsAnAnswerNotAnError(String query) {
		assertThat(search.search(query)).isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "!!!", "?!.,;:", "a AND (", "title:*", "*" })
	void inputWithoutAWordFindsNothing(String query) {
		assertThat(search.search(query)).isEmpty();
	}

	@Test
	void tenThousandCharactersAreCutAndAnswered() {
		var query = "paspoort " + "x".repeat(10_000);
		assertThat(search.search(query)).isNotEmpty();
		assertThat(search.search("ab".repeat(5_000))).isEmpty();
	}

	@ParameterizedTest(name = "\"{0}\" finds the room {1} first")
	@CsvSource({ "trouwzaal, Trouwzaal", "raadzaal, Raadzaal", "collegezaal, Collegezaal", "refter, Refter",
			"polyvalente ruimte, Polyvalente ruimte" })
	void aRoomIsFoundWhenTheQuestionNamesIt(String query, String room) {
		var first = search.search(query).get(0);
		assertThat(first.kind()).isEqualTo(Kind.ROOM);
		assertThat(readModel.current().rooms().get(first.id()).name()).isEqualTo(room);
	}

	@Test
	void aTaskComesBeforeARoomWithTheSameWordUnlessTheQuestionNamesTheRoom() {
		// "trouwen" is the wedding task; "trouwzaal" is a synonym of that task and the name of the room
		var trouwen = search.search("trouwen");
		assertThat(trouwen.get(0).kind()).isEqualTo(Kind.TASK);
		assertThat(readModel.current().tasks().get(trouwen.get(0).id()).slug()).isEqualTo("huwelijk");
		var trouwzaal = search.search("trouwzaal");
		assertThat(trouwzaal.get(0).kind()).isEqualTo(Kind.ROOM);
		assertThat(trouwzaal).extracting(Hit::kind).contains(Kind.TASK);
	}

	@ParameterizedTest(name = "\"{0}\" (English) finds {1} first")
	@CsvSource({ "passport, paspoort", "income support, leefloon", "bulky waste, grofvuil", "driving licence, rijbewijs",
			"identity card, identiteitskaart" })
	void englishQuestionsFindTheTask(String query, String expectedTask) {
		var first = search.search(query).get(0);
		assertThat(first.kind()).isEqualTo(Kind.TASK);
		assertThat(readModel.current().tasks().get(first.id()).slug()).isEqualTo(expectedTask);
	}

	@Test
	void socialServiceInEnglishFindsTheSocialService() {
		assertThat(names(search.search("social service"))).first().isEqualTo("Sociale dienst (Sociaal Huis)");
	}

	@Test
	void theExactWordRanksAboveItsNearMisses() {
		// "paspoort" is exact for the passport task; its typo "pasport" still finds it, with a lower score
		var exact = search.search("paspoort").get(0);
		var typo = search.search("pasport").get(0);
		assertThat(typo.id()).isEqualTo(exact.id());
		assertThat(typo.score()).isLessThan(exact.score());
	}

	@Test
	void aVeryLongQueryIsCutAndStillAnswered() {
		assertThat(DirectorySearch.clean("paspoort ".repeat(250))).hasSizeLessThanOrEqualTo(100);
		assertThat(search.search("paspoort ".repeat(250))).isNotEmpty();
	}

	@Test
	void nonsenseFindsNothing() {
		assertThat(search.search("xyzzyqwv")).isEmpty();
	}

	private List<String> names(List<Hit> hits) {
		var data = readModel.current();
		return hits.stream()
			.map(hit -> switch (hit.kind()) {
				case TASK -> data.tasks().get(hit.id()).name();
				case SERVICE_POINT -> data.servicePoints().get(hit.id()).name();
				case ROOM -> data.rooms().get(hit.id()).name();
				case FLOOR -> data.floors().get(hit.id()).displayName();
				case BUILDING -> data.buildings().get(hit.id()).name();
			})
			.toList();
	}

}

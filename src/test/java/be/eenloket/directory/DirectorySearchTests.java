package be.eenloket.directory;

import java.util.List;

import be.eenloket.directory.internal.DirectoryReadModel;
import be.eenloket.directory.internal.DirectorySearch;
import be.eenloket.directory.internal.DirectorySearch.Hit;
import be.eenloket.directory.internal.DirectorySearch.Kind;
import be.eenloket.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Search ranking on real PostgreSQL with the demo directory: the best answer comes first. */
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
			"!!!", "a & b | c", "\u0000\u0007" })
	void oddInputReturnsAnAnswerNotAnError(String query) {
		assertThat(search.search(query)).isNotNull();
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
			.map(hit -> hit.kind() == Kind.TASK ? data.tasks().get(hit.id()).name() : data.servicePoints().get(hit.id()).name())
			.toList();
	}

}

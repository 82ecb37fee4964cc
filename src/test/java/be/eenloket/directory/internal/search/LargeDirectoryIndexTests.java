package be.eenloket.directory.internal.search;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.eenloket.directory.internal.DemoDirectoryData;
import be.eenloket.directory.internal.DirectoryData;
import be.eenloket.directory.internal.OpeningHours;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index of a large directory (the demo plus 2,000 service points and 12,000 tasks, like bench/large-directory.sql):
 * written in slices, every answer still points at the right document, and the demo's answers stay first.
 */
class LargeDirectoryIndexTests {

	static DirectoryData data;

	static DirectoryIndex index;

	@BeforeAll
	static void build() {
		var demo = DemoDirectoryData.build();
		String[] words = { "aanvraag", "attest", "bewijs", "vergunning", "premie", "subsidie", "inschrijving", "melding",
				"kaart", "registratie" };
		String[] topics = { "wonen", "milieu", "sport", "cultuur", "jeugd", "senioren", "mobiliteit", "energie", "zorg",
				"onderwijs" };
		var points = new HashMap<>(demo.servicePoints());
		var tasks = new HashMap<>(demo.tasks());
		var floor = demo.floors().keySet().iterator().next();
		for (int i = 1; i <= 2_000; i++) {
			long id = 100_000 + i;
			points.put(id, new DirectoryData.ServicePoint(id, "bench-loket-" + i, "Loket " + topics[i % 10] + " " + i, 1,
					"Gegenereerd loket.", null, null, null, false, topics[i % 10] + " " + words[i % 10], "", true, 0,
					List.of(new DirectoryData.Location(id, floor, null, LocalDate.of(2020, 1, 1), null, 0)),
					new OpeningHours(List.of(), List.of()), List.of(), null));
		}
		for (int i = 1; i <= 12_000; i++) {
			long id = 200_000 + i;
			tasks.put(id, new DirectoryData.Task(id, "bench-product-" + i, words[i % 10] + " " + topics[(i / 10) % 10] + " " + i,
					"Gegenereerd product.", "Uw identiteitskaart.", "gratis", false, words[(i * 3) % 10], "", i % 10, true, 0,
					List.of(100_000L + 1 + i % 2_000)));
		}
		data = new DirectoryData(2, demo.buildings(), demo.floors(), demo.rooms(), points, Map.of(), tasks, Map.of(),
				demo.buildingsBySlug());
		index = DirectoryIndex.build(data, LocalDate.of(2026, 11, 27));
	}

	@Test
	void everyDocumentIsIndexedOnce() {
		assertThat(index.stats().documents()).isEqualTo(index.countByKind().values().stream().mapToLong(Long::longValue).sum());
		assertThat(index.countByKind()).containsEntry(DirectoryIndex.Kind.TASK, 12_045L)
			.containsEntry(DirectoryIndex.Kind.SERVICE_POINT, 2_017L)
			.containsEntry(DirectoryIndex.Kind.ROOM, 9L);
	}

	@Test
	void answersFromEverySlicePointAtTheRightDocument() {
		for (var number : List.of(7, 5_999, 6_001, 11_998)) {
			var first = index.search("product " + number, 5).get(0);
			assertThat(first.kind()).isEqualTo(DirectoryIndex.Kind.TASK);
			assertThat(data.tasks().get(first.id()).name()).endsWith(" " + number);
		}
		var point = index.search("loket 1999", 5).get(0);
		assertThat(data.servicePoints().get(point.id()).slug()).isEqualTo("bench-loket-1999");
	}

	@Test
	void theDemoAnswersStayFirstAmongThousandsOfDocuments() {
		assertThat(data.tasks().get(index.search("paspoort", 3).get(0).id()).slug()).isEqualTo("paspoort");
		assertThat(data.tasks().get(index.search("rijbewys", 3).get(0).id()).slug()).isEqualTo("rijbewijs");
		assertThat(data.rooms().get(index.search("trouwzaal", 3).get(0).id()).name()).isEqualTo("Trouwzaal");
		assertThat(data.tasks().get(index.search("income support", 3).get(0).id()).slug()).isEqualTo("leefloon");
	}

	@Test
	void aKeptWordAnswersAsOnAFreshIndexAndTyposAreKeptOnlyAmongTheLatest() {
		var questions = List.of("rijbewijs 17", "rijbewijs 4711", "paspoort aanvragen", "premie energie", "rijbewys",
				"trouwzaal", "income support", "kaart 11998");
		var fresh = DirectoryIndex.build(data, LocalDate.of(2026, 11, 27));
		for (var question : questions) {
			var first = fresh.search(question, 10);
			// the second time the words come from the kept queries; the answers must not change
			assertThat(fresh.search(question, 10)).as(question).isEqualTo(first);
			assertThat(fresh.search(question, 10)).as(question).isEqualTo(DirectoryIndex.build(data, LocalDate.of(2026, 11, 27)).search(question, 10));
		}
		assertThat(fresh.knownWords()).contains("rijbewijs", "4711", "paspoort", "trouwzaal")
			.doesNotContain("rijbewys");
		// a typo is kept among the latest, rewritten (its near words found), and answered the same from there
		assertThat(fresh.recentTypos()).contains("rijbewys");
	}

}

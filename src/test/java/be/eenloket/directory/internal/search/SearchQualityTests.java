package be.eenloket.directory.internal.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import be.eenloket.directory.internal.DemoDirectoryData;
import be.eenloket.directory.internal.DirectoryData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality of the answers, measured on the demo directory (seed 000): citizens' questions in Dutch and English,
 * each with the service (or room) the answer must name and the building and floor where it is. Prints the share
 * right at rank 1 and within the first three (reported in docs/performance.md) and holds a floor under both.
 */
class SearchQualityTests {

	/** question | service point slug, or the name of a room | building slug | floor level */
	static final String DUTCH = """
			paspoort|burgerzaken|gemeentehuis|0
			reispas|burgerzaken|gemeentehuis|0
			paspoorten|burgerzaken|gemeentehuis|0
			pasport|burgerzaken|gemeentehuis|0
			waar kan ik mijn paspoort aanvragen|burgerzaken|gemeentehuis|0
			rijbewijs|burgerzaken|gemeentehuis|0
			rijbewys|burgerzaken|gemeentehuis|0
			Rijbewijs verloren|burgerzaken|gemeentehuis|0
			voorlopig rijbewijs|burgerzaken|gemeentehuis|0
			identiteitskaart|burgerzaken|gemeentehuis|0
			identitijtskaart|burgerzaken|gemeentehuis|0
			IDENTITEITSKAART|burgerzaken|gemeentehuis|0
			eID|burgerzaken|gemeentehuis|0
			kids-id|burgerzaken|gemeentehuis|0
			attest gezinssamenstelling|burgerzaken|gemeentehuis|0
			bewijs van woonst|burgerzaken|gemeentehuis|0
			uittreksel strafregister|burgerzaken|gemeentehuis|0
			goed gedrag en zeden|burgerzaken|gemeentehuis|0
			verhuizen|burgerzaken|gemeentehuis|0
			adreswijziging|burgerzaken|gemeentehuis|0
			trouwen|burgerzaken|gemeentehuis|0
			geboorte aangeven|burgerzaken|gemeentehuis|0
			overlijden|burgerzaken|gemeentehuis|0
			Belgische nationaliteit|burgerzaken|gemeentehuis|0
			orgaandonatie|burgerzaken|gemeentehuis|0
			euthanasie|burgerzaken|gemeentehuis|0
			bewonerskaart|burgerzaken|gemeentehuis|0
			wettelijke samenwoning|burgerzaken|gemeentehuis|0
			burgerzaken|burgerzaken|gemeentehuis|0
			trouwzaal|trouwzaal|gemeentehuis|1
			Trouwzaal|trouwzaal|gemeentehuis|1
			raadzaal|raadzaal|gemeentehuis|3
			collegezaal|collegezaal|gemeentehuis|2
			refter|refter|gemeentehuis|-1
			polyvalente ruimte|polyvalente ruimte|gemeentehuis|-1
			bureel burgemeester|bureel burgemeester|gemeentehuis|1
			erfgoed|erfgoed|gemeentehuis|3
			archief|erfgoed|gemeentehuis|3
			stamboom|erfgoed|gemeentehuis|3
			noodplanning|veiligheid|gemeentehuis|3
			fuif|evenementen|gemeentehuis|3
			evenement aanvragen|evenementen|gemeentehuis|3
			afspraak burgemeester|secretariaat-burgemeester|gemeentehuis|1
			communicatie|communicatie|gemeentehuis|1
			gemeenteraad|secretariaat|gemeentehuis|2
			factuur|financiele-dienst|gemeentehuis|2
			gemeentebelastingen|financiele-dienst|gemeentehuis|2
			financiële dienst|financiele-dienst|gemeentehuis|2
			zaal huren|onthaal|gemeentehuis|0
			klacht indienen|onthaal|gemeentehuis|0
			uitpas|uitloket|gemeentehuis|0
			tickets theater|uitloket|gemeentehuis|0
			jeugdsubsidie|cultuur-jeugddienst|gemeentehuis|0
			speelplein|cultuur-jeugddienst|gemeentehuis|0
			solliciteren|personeelsdienst|gemeentehuis|0
			vacature|personeelsdienst|gemeentehuis|0
			leefloon|sociale-dienst|ocmw|0
			LEEFLOON aanvragen|sociale-dienst|ocmw|0
			bijstand|sociale-dienst|ocmw|0
			financiele steun|sociale-dienst|ocmw|0
			huurwaarborg|sociale-dienst|ocmw|0
			waarborg|sociale-dienst|ocmw|0
			medische kaart|sociale-dienst|ocmw|0
			budgetbegeleiding|sociale-dienst|ocmw|0
			hulp bij schulden|sociale-dienst|ocmw|0
			energiefactuur|sociale-dienst|ocmw|0
			sociaal huis|sociale-dienst|ocmw|0
			ICT dienst|ict|ocmw|0
			dienst infrastructuur|infrastructuur|site-bloemestraat|0
			grofvuil|infrastructuur|site-bloemestraat|0
			containerpark|infrastructuur|site-bloemestraat|0
			recyclagepark|infrastructuur|site-bloemestraat|0
			kapotte lamp|infrastructuur|site-bloemestraat|0
			MOP|mop-team|site-bloemestraat|0
			bouwvergunning|omgeving|site-bloemestraat|0
			omgevingsvergunning|omgeving|site-bloemestraat|0
			verbouwen|omgeving|site-bloemestraat|0
			geluidsoverlast|omgeving|site-bloemestraat|0
			""";

	static final String ENGLISH = """
			passport|burgerzaken|gemeentehuis|0
			Passport|burgerzaken|gemeentehuis|0
			how do I get a passport|burgerzaken|gemeentehuis|0
			income support|sociale-dienst|ocmw|0
			bulky waste|infrastructuur|site-bloemestraat|0
			driving licence|burgerzaken|gemeentehuis|0
			driving license|burgerzaken|gemeentehuis|0
			driving licnce|burgerzaken|gemeentehuis|0
			social service|sociale-dienst|ocmw|0
			identity card|burgerzaken|gemeentehuis|0
			wedding|burgerzaken|gemeentehuis|0
			birth registration|burgerzaken|gemeentehuis|0
			change of address|burgerzaken|gemeentehuis|0
			criminal record|burgerzaken|gemeentehuis|0
			organ donor|burgerzaken|gemeentehuis|0
			parking permit|burgerzaken|gemeentehuis|0
			building permit|omgeving|site-bloemestraat|0
			recycling centre|infrastructuur|site-bloemestraat|0
			broken street light|infrastructuur|site-bloemestraat|0
			debt help|sociale-dienst|ocmw|0
			medical card|sociale-dienst|ocmw|0
			rent deposit|sociale-dienst|ocmw|0
			complaint|onthaal|gemeentehuis|0
			heritage|erfgoed|gemeentehuis|3
			jobs|personeelsdienst|gemeentehuis|0
			invoice|financiele-dienst|gemeentehuis|2
			appointment with the mayor|secretariaat-burgemeester|gemeentehuis|1
			""";

	record Question(String text, String expected, String building, int level) {
	}

	static DirectoryData data;

	static DirectoryIndex index;

	@BeforeAll
	static void buildIndex() {
		data = DemoDirectoryData.build();
		index = DirectoryIndex.build(data, LocalDate.of(2026, 11, 27));
	}

	@Test
	void dutchQuestionsFindTheRightServiceBuildingAndFloor() {
		var questions = questions(DUTCH);
		assertThat(questions).hasSizeGreaterThanOrEqualTo(60);
		var shares = measure("Dutch", questions);
		assertThat(shares[1]).as("Dutch top-3 share").isGreaterThanOrEqualTo(0.9);
		assertThat(shares[0]).as("Dutch rank-1 share").isGreaterThanOrEqualTo(0.8);
	}

	@Test
	void englishQuestionsFindTheRightServiceBuildingAndFloor() {
		var questions = questions(ENGLISH);
		assertThat(questions).hasSizeGreaterThanOrEqualTo(20);
		var shares = measure("English", questions);
		assertThat(shares[1]).as("English top-3 share").isGreaterThanOrEqualTo(0.9);
		assertThat(shares[0]).as("English rank-1 share").isGreaterThanOrEqualTo(0.8);
	}

	/** Prints every miss and the shares; returns {rank-1 share, top-3 share}. */
	static double[] measure(String language, List<Question> questions) {
		var first = 0;
		var topThree = 0;
		for (var question : questions) {
			var hits = index.search(question.text(), 20);
			var rank = -1;
			for (int i = 0; i < Math.min(3, hits.size()); i++) {
				if (answers(hits.get(i), question)) {
					rank = i + 1;
					break;
				}
			}
			if (rank == 1) {
				first++;
			}
			if (rank >= 1) {
				topThree++;
			}
			if (rank != 1) {
				System.out.printf("search quality: \"%s\" expected %s, rank %s, got %s%n", question.text(), question.expected(),
						rank < 0 ? "> 3" : rank, hits.stream().limit(3).map(SearchQualityTests::describe).toList());
			}
		}
		var shares = new double[] { (double) first / questions.size(), (double) topThree / questions.size() };
		System.out.printf(Locale.ROOT, "search quality %s: %d questions, rank 1: %.1f%%, top 3: %.1f%%%n", language,
				questions.size(), 100 * shares[0], 100 * shares[1]);
		return shares;
	}

	/** Whether a hit names the expected service (or room) in the expected building and on the expected floor. */
	static boolean answers(DirectoryIndex.Hit hit, Question question) {
		var today = LocalDate.of(2026, 11, 27);
		return switch (hit.kind()) {
			case TASK -> data.servicePointsOf(data.tasks().get(hit.id())).stream()
				.anyMatch(point -> point.slug().equals(question.expected()) && at(data.placeOf(point, today).orElse(null), question));
			case SERVICE_POINT -> {
				var point = data.servicePoints().get(hit.id());
				yield point.slug().equals(question.expected()) && at(data.placeOf(point, today).orElse(null), question);
			}
			case ROOM -> {
				var place = data.placeOf("ROOM", hit.id()).orElseThrow();
				yield place.room().name().equalsIgnoreCase(question.expected()) && at(place, question);
			}
			case FLOOR, BUILDING -> false;
		};
	}

	private static boolean at(DirectoryData.Place place, Question question) {
		return place != null && place.building().slug().equals(question.building())
				&& place.floor().level() == question.level();
	}

	static String describe(DirectoryIndex.Hit hit) {
		var name = switch (hit.kind()) {
			case TASK -> data.tasks().get(hit.id()).slug();
			case SERVICE_POINT -> data.servicePoints().get(hit.id()).slug();
			default -> data.placeOf(hit.kind().name(), hit.id()).map(place -> place.room() != null ? place.room().name()
					: place.floor() != null ? place.floor().displayName() : place.building().name()).orElse("?");
		};
		return String.format(Locale.ROOT, "%s %s %.2f", hit.kind(), name, hit.score());
	}

	static List<Question> questions(String table) {
		var questions = new ArrayList<Question>();
		for (var line : table.strip().split("\n")) {
			var f = line.strip().split("\\|");
			questions.add(new Question(f[0], f[1], f[2], Integer.parseInt(f[3])));
		}
		return questions;
	}

}

package be.eenloket.directory.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo directory (seed 000, as {@link DemoDirectory} writes it) as an in-memory {@link DirectoryData}, without
 * a database: for tests of the search index that need no Spring context. The buildings, floors and rooms are those
 * of {@code DemoDirectory.run} (whose placement {@code DemoDirectoryTests} checks on PostgreSQL); service points,
 * tasks and their search words come from the same text tables.
 */
public final class DemoDirectoryData {

	private DemoDirectoryData() {
	}

	public static DirectoryData build() {
		var ids = new long[] { 1 };
		var buildings = new ArrayList<DirectoryData.Building>();
		var floors = new ArrayList<DirectoryData.Floor>();
		var rooms = new ArrayList<DirectoryData.Room>();
		var floorIds = new HashMap<String, Long>();
		var roomIds = new HashMap<String, Long>();
		building(buildings, ids, "gemeentehuis", "Gemeentehuis", "Marktplein", "1",
				"Hoofdingang aan het Marktplein; het onthaal is meteen rechts.");
		building(buildings, ids, "ocmw", "OCMW-administratief gebouw", "Mariastraat", "10",
				"Ingang via de parking; bel aan bij het onthaal van de sociale dienst.");
		building(buildings, ids, "site-bloemestraat", "Site Bloemestraat", "Bloemestraat", "25",
				"Ingang via de poort; het bureel is links op de binnenplaats.");
		var building = buildings.stream().collect(Collectors.toMap(DirectoryData.Building::slug, DirectoryData.Building::id));
		for (var floor : List.of("gemeentehuis|-1|kelder (-1)", "gemeentehuis|0|gelijkvloers", "gemeentehuis|1|1ste verdieping",
				"gemeentehuis|2|2de verdieping", "gemeentehuis|3|3de verdieping", "ocmw|0|gelijkvloers",
				"site-bloemestraat|0|gelijkvloers")) {
			var f = floor.split("\\|");
			var id = ids[0]++;
			floors.add(new DirectoryData.Floor(id, building.get(f[0]), Integer.parseInt(f[1]), f[2], 0));
			floorIds.put(f[0] + "/" + f[1], id);
		}
		for (var room : List.of("-1|Polyvalente ruimte", "-1|Refter", "1|Trouwzaal", "1|Bureel burgemeester",
				"2|Bureel secretaris", "2|Bureel beleid en organisatie", "2|Bureel financieel beheerder", "2|Collegezaal",
				"3|Raadzaal")) {
			var f = room.split("\\|");
			var id = ids[0]++;
			rooms.add(new DirectoryData.Room(id, floorIds.get("gemeentehuis/" + f[0]), f[1], 0));
			roomIds.put("gemeentehuis/" + f[0] + "/" + f[1], id);
		}
		var english = new HashMap<String, String>();
		for (var line : DemoDirectory.ENGLISH_KEYWORDS.strip().split("\n")) {
			var f = line.strip().split("\\|", -1);
			english.put(f[0], f[1]);
		}
		var taskLines = Arrays.stream(DemoDirectory.TASKS.strip().split("\n")).map(line -> line.strip().split("\\|", -1)).toList();
		var pointSlugs = new HashMap<String, Long>();
		var pointLines = Arrays.stream(DemoDirectory.SERVICE_POINTS.strip().split("\n")).map(line -> line.strip().split("\\|", -1)).toList();
		for (var f : pointLines) {
			pointSlugs.put(f[0], ids[0]++);
		}
		var taskIds = new HashMap<String, Long>();
		for (var f : taskLines) {
			taskIds.put(f[0], ids[0]++);
		}
		var points = new ArrayList<DirectoryData.ServicePoint>();
		for (var f : pointLines) {
			var id = pointSlugs.get(f[0]);
			var roomId = f[5].isEmpty() ? null : roomIds.get(f[3] + "/" + f[4] + "/" + f[5]);
			var location = new DirectoryData.Location(ids[0]++, floorIds.get(f[3] + "/" + f[4]), roomId, DemoDirectory.START,
					null, 0);
			var tasksOfPoint = taskLines.stream().filter(t -> List.of(t[2].split(",")).contains(f[0]))
				.map(t -> taskIds.get(t[0])).toList();
			points.add(new DirectoryData.ServicePoint(id, f[0], f[1], f[2].hashCode(), f[8], "050 72 86 00",
					f[0] + "@maldegem.example", null, "ja".equals(f[6]), f[7], english.getOrDefault(f[0], ""), true, 0,
					List.of(location), new OpeningHours(List.of(), List.of()), tasksOfPoint, null));
		}
		var tasks = new ArrayList<DirectoryData.Task>();
		for (var f : taskLines) {
			var englishWords = english.getOrDefault("erfgoed".equals(f[0]) ? "erfgoed-task" : f[0], "");
			tasks.add(new DirectoryData.Task(taskIds.get(f[0]), f[0], f[1], f[8], f[5], f[4], "ja".equals(f[3]), f[6],
					englishWords, Integer.parseInt(f[7]), true, 0,
					Arrays.stream(f[2].split(",")).map(pointSlugs::get).toList()));
		}
		return new DirectoryData(1, byId(buildings, DirectoryData.Building::id), byId(floors, DirectoryData.Floor::id),
				byId(rooms, DirectoryData.Room::id), byId(points, DirectoryData.ServicePoint::id),
				byKey(points, DirectoryData.ServicePoint::slug), byId(tasks, DirectoryData.Task::id),
				byKey(tasks, DirectoryData.Task::slug), byKey(buildings, DirectoryData.Building::slug));
	}

	private static void building(List<DirectoryData.Building> buildings, long[] ids, String slug, String name,
			String street, String number, String entrance) {
		buildings.add(new DirectoryData.Building(ids[0]++, slug, name, street, number, "9990", "Maldegem", entrance, true,
				true, true, null, true, 0));
	}

	private static <T> Map<Long, T> byId(List<T> values, Function<T, Long> id) {
		return values.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity()));
	}

	private static <T> Map<String, T> byKey(List<T> values, Function<T, String> key) {
		return values.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
	}

}

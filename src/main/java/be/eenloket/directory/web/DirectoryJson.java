package be.eenloket.directory.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.eenloket.directory.internal.DirectoryData;
import be.eenloket.directory.internal.search.DirectoryIndex;
import be.eenloket.directory.internal.OpeningHours;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The directory as JSON: schema.org JSON-LD for service point pages and the open-data export. */
@Component
class DirectoryJson {

	static final String[] SCHEMA_DAYS = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

	private final JsonMapper json;

	DirectoryJson(JsonMapper json) {
		this.json = json;
	}

	/**
	 * JSON-LD for a service point (a schema.org GovernmentOffice), safe to put inside a script element: "<" is
	 * escaped so no text from the data can close the element.
	 */
	String jsonLd(DirectoryData data, DirectoryData.ServicePoint point, LocalDate today) {
		var office = new LinkedHashMap<String, Object>();
		office.put("@context", "https://schema.org");
		office.put("@type", "GovernmentOffice");
		office.put("name", point.name());
		put(office, "description", point.description());
		office.put("url", ServletUriComponentsBuilder.fromCurrentContextPath().path("/diensten/{slug}").build(point.slug()).toString());
		put(office, "telephone", point.phone());
		put(office, "email", point.email());
		if (point.website() != null && !point.website().isBlank()) {
			office.put("sameAs", point.website());
		}
		data.placeOf(point, today).ifPresent(place -> {
			var building = new LinkedHashMap<String, Object>();
			building.put("@type", "Place");
			building.put("name", place.building().name());
			building.put("address", address(place.building()));
			var floor = new LinkedHashMap<String, Object>();
			floor.put("@type", "Accommodation");
			floor.put("name", place.floor().displayName() + (place.room() == null ? "" : ", " + place.room().name()));
			floor.put("floorLevel", String.valueOf(place.floor().level()));
			floor.put("containedInPlace", building);
			office.put("address", address(place.building()));
			office.put("containedInPlace", floor);
		});
		office.put("openingHoursSpecification", openingHours(point.hours(), today));
		return json.writeValueAsString(office).replace("<", "\\u003c");
	}

	private static List<Map<String, Object>> openingHours(OpeningHours hours, LocalDate today) {
		var result = new ArrayList<Map<String, Object>>();
		for (var schedule : hours.schedules()) {
			if (schedule.validTo() != null && !schedule.validTo().isAfter(today)) {
				continue;
			}
			for (var slot : schedule.slots()) {
				var spec = new LinkedHashMap<String, Object>();
				spec.put("@type", "OpeningHoursSpecification");
				spec.put("dayOfWeek", "https://schema.org/" + SCHEMA_DAYS[slot.day().getValue() - 1]);
				spec.put("opens", slot.opens().toString());
				spec.put("closes", slot.closes().toString());
				spec.put("validFrom", schedule.validFrom().toString());
				if (schedule.validTo() != null) {
					spec.put("validThrough", schedule.validTo().minusDays(1).toString());
				}
				result.add(spec);
			}
		}
		for (var exception : hours.upcomingExceptions(today, 50)) {
			var spec = new LinkedHashMap<String, Object>();
			spec.put("@type", "OpeningHoursSpecification");
			// schema.org: a closed day is opens = closes = 00:00 for that single date
			spec.put("opens", exception.closed() ? "00:00" : exception.opens().toString());
			spec.put("closes", exception.closed() ? "00:00" : exception.closes().toString());
			spec.put("validFrom", exception.day().toString());
			spec.put("validThrough", exception.day().toString());
			spec.put("description", exception.reason());
			result.add(spec);
		}
		return result;
	}

	private static Map<String, Object> address(DirectoryData.Building building) {
		var address = new LinkedHashMap<String, Object>();
		address.put("@type", "PostalAddress");
		address.put("streetAddress", building.street() + " " + building.houseNumber());
		address.put("postalCode", building.postalCode());
		address.put("addressLocality", building.city());
		address.put("addressCountry", "BE");
		return address;
	}

	/** The whole public directory, as documented in docs/open-data.md. */
	Map<String, Object> openData(DirectoryData data, LocalDate today) {
		var result = new LinkedHashMap<String, Object>();
		result.put("generatedOn", today.toString());
		result.put("version", data.version());
		result.put("buildings", data.activeBuildings().stream().map(building -> {
			var map = new LinkedHashMap<String, Object>();
			map.put("id", building.slug());
			map.put("name", building.name());
			map.put("address", address(building));
			map.put("stepFreeAccess", building.stepFreeAccess());
			map.put("lift", building.lift());
			map.put("disabledParking", building.disabledParking());
			put(map, "entranceNotes", building.entranceNotes());
			put(map, "accessibilityNotes", building.accessibilityNotes());
			map.put("floors", data.floorsOf(building.id()).stream().map(floor -> {
				var f = new LinkedHashMap<String, Object>();
				f.put("level", floor.level());
				f.put("name", floor.displayName());
				f.put("rooms", data.roomsOf(floor.id()).stream().map(DirectoryData.Room::name).toList());
				return f;
			}).toList());
			return map;
		}).toList());
		result.put("servicePoints", data.servicePoints().values().stream().filter(DirectoryData.ServicePoint::active)
			.sorted(java.util.Comparator.comparing(DirectoryData.ServicePoint::slug))
			.map(point -> {
				var map = new LinkedHashMap<String, Object>();
				map.put("id", point.slug());
				map.put("name", point.name());
				map.put("organisationUnitId", point.unitId());
				put(map, "description", point.description());
				put(map, "phone", point.phone());
				put(map, "email", point.email());
				put(map, "website", point.website());
				map.put("byAppointment", point.byAppointment());
				map.put("locations", point.locations().stream().map(location -> {
					var floor = data.floors().get(location.floorId());
					var l = new LinkedHashMap<String, Object>();
					l.put("building", data.buildings().get(floor.buildingId()).slug());
					l.put("floorLevel", floor.level());
					l.put("floorName", floor.displayName());
					if (location.roomId() != null) {
						l.put("room", data.rooms().get(location.roomId()).name());
					}
					l.put("validFrom", location.validFrom().toString());
					if (location.validTo() != null) {
						l.put("validTo", location.validTo().toString());
					}
					return l;
				}).toList());
				map.put("openingHours", openingHours(point.hours(), today));
				return map;
			}).toList());
		result.put("tasks", data.tasks().values().stream().filter(DirectoryData.Task::active)
			.sorted(java.util.Comparator.comparing(DirectoryData.Task::slug))
			.map(task -> {
				var map = new LinkedHashMap<String, Object>();
				map.put("id", task.slug());
				map.put("name", task.name());
				map.put("description", task.description());
				map.put("whatToBring", task.whatToBring());
				map.put("cost", task.cost());
				map.put("appointmentNeeded", task.appointmentNeeded());
				map.put("keywords", task.keywords());
				put(map, "keywordsEn", task.keywordsEn());
				map.put("servicePoints", data.servicePointsOf(task).stream().map(DirectoryData.ServicePoint::slug).toList());
				return map;
			}).toList());
		return result;
	}

	/** Search answers as open data (docs/open-data.md): the same search and order as the public search page. */
	Map<String, Object> searchResults(DirectoryData data, String query, List<DirectoryIndex.Hit> hits, LocalDate today) {
		var results = new java.util.ArrayList<Map<String, Object>>();
		for (var hit : hits) {
			var map = new LinkedHashMap<String, Object>();
			switch (hit.kind()) {
				case TASK -> {
					var task = data.tasks().get(hit.id());
					if (task == null || !task.active()) {
						continue;
					}
					map.put("type", "task");
					map.put("id", task.slug());
					map.put("name", task.name());
					map.put("servicePoints", data.servicePointsOf(task).stream().map(point -> where(data, point, today)).toList());
				}
				case SERVICE_POINT -> {
					var point = data.servicePoints().get(hit.id());
					if (point == null || !point.active()) {
						continue;
					}
					map.put("type", "servicePoint");
					map.putAll(where(data, point, today));
				}
				case ROOM, FLOOR, BUILDING -> {
					var place = data.placeOf(hit.kind().name(), hit.id()).orElse(null);
					if (place == null) {
						continue;
					}
					map.put("type", hit.kind().name().toLowerCase(java.util.Locale.ROOT));
					map.put("name", place.room() != null ? place.room().name()
							: place.floor() != null ? place.floor().displayName() : place.building().name());
					map.put("building", place.building().slug());
					if (place.floor() != null) {
						map.put("floorLevel", place.floor().level());
						map.put("floorName", place.floor().displayName());
					}
				}
			}
			results.add(map);
		}
		var result = new LinkedHashMap<String, Object>();
		result.put("query", query);
		result.put("version", data.version());
		result.put("results", results);
		return result;
	}

	private static Map<String, Object> where(DirectoryData data, DirectoryData.ServicePoint point, LocalDate today) {
		var map = new LinkedHashMap<String, Object>();
		map.put("id", point.slug());
		map.put("name", point.name());
		data.placeOf(point, today).ifPresent(place -> {
			map.put("building", place.building().slug());
			map.put("floorLevel", place.floor().level());
			map.put("floorName", place.floor().displayName());
			if (place.room() != null) {
				map.put("room", place.room().name());
			}
		});
		return map;
	}

	private static void put(Map<String, Object> map, String key, Object value) {
		if (value != null && !(value instanceof String text && text.isBlank())) {
			map.put(key, value);
		}
	}

}

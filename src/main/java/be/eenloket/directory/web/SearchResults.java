package be.eenloket.directory.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import be.eenloket.directory.internal.DirectoryData;
import be.eenloket.directory.internal.search.DirectoryIndex;
import be.eenloket.directory.web.PublicDirectoryController.PointView;
import be.eenloket.directory.web.PublicDirectoryController.Result;

/**
 * Turns the search index's hits into the results a citizen sees: a task with the service points that handle it, a
 * service point on its own (unless a task above already showed it), or a place (a room with what else is on its
 * floor today, a floor, a building). Pure: the read model and the time in, the results out.
 */
final class SearchResults {

	private SearchResults() {
	}

	static List<Result> of(DirectoryData data, List<DirectoryIndex.Hit> hits, LocalDateTime now) {
		var results = new ArrayList<Result>();
		var shownPoints = new LinkedHashSet<Long>();
		var today = now.toLocalDate();
		for (var hit : hits) {
			switch (hit.kind()) {
				case TASK -> {
					var task = data.tasks().get(hit.id());
					if (task != null) {
						var points = data.servicePointsOf(task).stream().map(point -> view(data, point, now)).toList();
						points.forEach(point -> shownPoints.add(point.point().id()));
						results.add(new Result(task, points, null));
					}
				}
				case SERVICE_POINT -> {
					var point = data.servicePoints().get(hit.id());
					if (point != null && point.active() && shownPoints.add(hit.id())) {
						results.add(new Result(null, List.of(view(data, point, now)), null));
					}
				}
				// a room's result lists what else is on its floor; a floor or building links to its own page
				case ROOM, FLOOR, BUILDING -> data.placeOf(hit.kind().name(), hit.id())
					.ifPresent(place -> results.add(new Result(null, place.room() == null ? List.of()
							: data.servicePointsOn(place.floor().id(), today).stream().map(point -> view(data, point, now)).toList(),
							place)));
			}
		}
		return results;
	}

	/** A service point as a result line: where it is today, where it moves next, whether it is open now. */
	static PointView view(DirectoryData data, DirectoryData.ServicePoint point, LocalDateTime now) {
		return new PointView(point, data.placeOf(point, now.toLocalDate()).orElse(null),
				data.nextPlaceOf(point, now.toLocalDate()).orElse(null), point.hours().status(now));
	}

	/**
	 * What a result shows depends only on which task, service point or place it is (and the data version, the
	 * language and the minute, which the caller keys on): its rendered HTML can be kept under this key.
	 */
	static String key(Result result) {
		if (result.task() != null) {
			return "t" + result.task().id();
		}
		if (result.place() == null) {
			return "p" + result.points().getFirst().point().id();
		}
		var place = result.place();
		return place.room() != null ? "r" + place.room().id()
				: place.floor() != null ? "f" + place.floor().id() : "b" + place.building().id();
	}

}

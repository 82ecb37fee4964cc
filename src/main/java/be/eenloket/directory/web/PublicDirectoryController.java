package be.eenloket.directory.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

import be.eenloket.directory.internal.DirectoryData;
import be.eenloket.directory.internal.DirectoryReadModel;
import be.eenloket.directory.internal.DirectorySearch;
import be.eenloket.directory.internal.OpeningHours;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The citizens' pages: search, tasks, service points, buildings and floors. They read the in-memory directory,
 * never the database (search asks PostgreSQL once per distinct query), and need no login or JavaScript.
 */
@Controller
class PublicDirectoryController {

	static final String HOME = "directory/home";

	static final String SEARCH = "directory/search";

	static final String TASK = "directory/task";

	static final String SERVICE_POINT = "directory/service-point";

	static final String BUILDING = "directory/building";

	static final String BUILDINGS = "directory/buildings";

	/** The home page lists this many buildings and links to the full list; it stays small and fast. */
	static final int HOME_BUILDINGS = 12;

	static final String FLOOR = "directory/floor";

	static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	/** A service point as a result line: where it is today and whether it is open now. */
	public record PointView(DirectoryData.ServicePoint point, DirectoryData.Place place, DirectoryData.Place nextPlace,
			OpeningHours.Status status) {
	}

	/**
	 * A search result: a task with the service points that handle it, a service point on its own, or a place (a room,
	 * a floor or a building: {@code place} set, with the service points on that floor today).
	 */
	public record Result(DirectoryData.Task task, List<PointView> points, DirectoryData.Place place) {
	}

	private final DirectoryReadModel readModel;

	private final DirectorySearch search;

	private final DirectoryJson json;

	private final Clock clock;

	private final SearchPages pages;

	private final SearchAdmission admission;

	PublicDirectoryController(DirectoryReadModel readModel, DirectorySearch search, DirectoryJson json, SearchPages pages,
			Clock clock, SearchAdmission admission) {
		this.admission = admission;
		this.readModel = readModel;
		this.pages = pages;
		this.search = search;
		this.json = json;
		this.clock = clock;
	}

	/** The whole directory as open data (documented in docs/open-data.md), with an ETag per data version. */
	@GetMapping(path = "/open-data/dienstengids.json", produces = "application/json")
	org.springframework.http.ResponseEntity<java.util.Map<String, Object>> openData(
			@org.springframework.web.bind.annotation.RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
		var data = readModel.current();
		var today = LocalDate.now(clock);
		var etag = "\"" + data.version() + "-" + today + "\"";
		if (etag.equals(ifNoneMatch)) {
			return org.springframework.http.ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
		}
		return org.springframework.http.ResponseEntity.ok()
			.eTag(etag)
			.header("Access-Control-Allow-Origin", "*")
			.body(json.openData(data, today));
	}

	/**
	 * The search as open data (docs/open-data.md): the same answers in the same order as the search page, for other
	 * sites and apps. Not cached: every answer comes from the in-memory index.
	 */
	@GetMapping(path = "/open-data/zoeken.json", produces = "application/json")
	org.springframework.http.ResponseEntity<java.util.Map<String, Object>> openDataSearch(
			@RequestParam(name = "q", required = false) String query) {
		var data = readModel.current();
		var cleaned = DirectorySearch.clean(query);
		// new questions take turns here too: another site's traffic must not hold the threads citizens need
		try (var turn = admission.take()) {
			return org.springframework.http.ResponseEntity.ok()
				.header("Access-Control-Allow-Origin", "*")
				.body(json.searchResults(data, cleaned, search.search(cleaned), LocalDate.now(clock)));
		}
	}

	/** No turn for a new question in time: "busy", through the error page (HTML or JSON, as the client asked). */
	@org.springframework.web.bind.annotation.ExceptionHandler(SearchAdmission.Busy.class)
	void busy(HttpServletResponse response) throws java.io.IOException {
		response.setHeader("Retry-After", SearchAdmission.Busy.RETRY_AFTER_SECONDS);
		response.setHeader("Access-Control-Allow-Origin", "*");
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

	@GetMapping("/")
	String home(Model model) {
		var data = readModel.current();
		model.addAttribute("popularTasks", data.popularTasks(8));
		var buildings = data.activeBuildings();
		model.addAttribute("buildings", buildings.stream().limit(HOME_BUILDINGS).toList());
		model.addAttribute("buildingCount", buildings.size());
		return HOME;
	}

	@GetMapping("/gebouwen")
	String buildings(Model model) {
		model.addAttribute("buildings", readModel.current().activeBuildings());
		return BUILDINGS;
	}

	/** The search page, put together by {@link SearchPages} from parts rendered once per data version and minute. */
	@GetMapping("/zoeken")
	ResponseEntity<String> search(@RequestParam(name = "q", required = false) String query, Locale locale,
			HttpServletRequest request, HttpServletResponse response) throws Exception {
		var data = readModel.current();
		var cleaned = DirectorySearch.clean(query);
		var millis = clock.millis();
		try (var turn = admission.take()) {
			var results = SearchResults.of(data, search.search(cleaned), LocalDateTime.now(clock));
			var html = pages.render(data, cleaned, results, millis / 60_000, locale, request, response);
			return ResponseEntity.ok().contentType(HTML).body(html);
		}
	}

	@GetMapping("/producten/{slug}")
	String task(@PathVariable String slug, Model model) {
		var data = readModel.current();
		var task = data.tasksBySlug().get(slug);
		if (task == null || !task.active()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("task", task);
		model.addAttribute("metaDescription", metaDescription(task.name(), task.description()));
		model.addAttribute("points", data.servicePointsOf(task).stream().map(point -> view(data, point)).toList());
		return TASK;
	}

	@GetMapping("/diensten/{slug}")
	String servicePoint(@PathVariable String slug, Model model) {
		var data = readModel.current();
		var point = data.servicePointsBySlug().get(slug);
		if (point == null || !point.active()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		var today = LocalDate.now(clock);
		model.addAttribute("view", view(data, point));
		model.addAttribute("metaDescription", metaDescription(point.name(), point.description()));
		model.addAttribute("today", today);
		model.addAttribute("week", point.hours().week(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))));
		model.addAttribute("exceptions", point.hours().upcomingExceptions(today, 6));
		model.addAttribute("tasks", data.tasksOf(point));
		model.addAttribute("jsonLd", json.jsonLd(data, point, today));
		return SERVICE_POINT;
	}

	@GetMapping("/gebouwen/{slug}")
	String building(@PathVariable String slug, Model model) {
		var data = readModel.current();
		var building = data.buildingsBySlug().get(slug);
		if (building == null || !building.active()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		var today = LocalDate.now(clock);
		var floors = data.floorsOf(building.id()).stream()
			.map(floor -> new FloorView(floor, data.servicePointsOn(floor.id(), today).stream().map(point -> view(data, point)).toList()))
			.toList();
		model.addAttribute("building", building);
		model.addAttribute("metaDescription", metaDescription(building.name(), building.address()));
		model.addAttribute("floors", floors);
		return BUILDING;
	}

	@GetMapping("/gebouwen/{slug}/verdiepingen/{level}")
	String floor(@PathVariable String slug, @PathVariable String level, Model model) {
		var data = readModel.current();
		var building = data.buildingsBySlug().get(slug);
		if (building == null || !building.active() || !level.matches("-?\\d{1,2}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		var floor = data.floorsOf(building.id()).stream().filter(f -> f.level() == Integer.parseInt(level)).findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var today = LocalDate.now(clock);
		model.addAttribute("building", building);
		model.addAttribute("floorView", new FloorView(floor, data.servicePointsOn(floor.id(), today).stream().map(point -> view(data, point)).toList()));
		model.addAttribute("rooms", data.roomsOf(floor.id()));
		return FLOOR;
	}

	/** A floor with the service points on it today. */
	public record FloorView(DirectoryData.Floor floor, List<PointView> points) {
	}

	private PointView view(DirectoryData data, DirectoryData.ServicePoint point) {
		return SearchResults.view(data, point, LocalDateTime.now(clock));
	}

	/** The page's own summary for search engines: its first words, at most about 155 characters. */
	static String metaDescription(String name, String detail) {
		var text = detail == null || detail.isBlank() ? name : name + ": " + detail;
		var flat = text.replaceAll("\\s+", " ").strip();
		return flat.length() <= 155 ? flat : flat.substring(0, flat.lastIndexOf(' ', 152) > 0 ? flat.lastIndexOf(' ', 152) : 152) + "…";
	}

}

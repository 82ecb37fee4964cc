package be.eenloket.frontdesk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;

import be.eenloket.directory.DirectoryCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What is open now, per building, with today's exceptions and the moves coming up. */
@Controller
class NowBoardController {

	static final String NOW = "frontdesk/now";

	/** Moves are announced on the board this many days ahead. */
	static final int RELOCATION_HORIZON_DAYS = 366;

	private final DirectoryCatalog directory;

	private final Clock clock;

	NowBoardController(DirectoryCatalog directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	/** A building's service points. */
	record BuildingBoard(String name, List<DirectoryCatalog.ServicePointInfo> points) {
	}

	@GetMapping("/onthaal/nu")
	String now(Model model) {
		var today = LocalDate.now(clock);
		var points = directory.servicePoints();
		var byBuilding = new LinkedHashMap<String, List<DirectoryCatalog.ServicePointInfo>>();
		for (var point : points) {
			var building = point.place() == null ? "" : point.place().building();
			byBuilding.computeIfAbsent(building, key -> new java.util.ArrayList<>()).add(point);
		}
		model.addAttribute("buildings", byBuilding.entrySet().stream()
			.map(entry -> new BuildingBoard(entry.getKey(), entry.getValue())).toList());
		model.addAttribute("openCount", points.stream()
			.filter(point -> point.opening().state() == DirectoryCatalog.OpenState.OPEN).count());
		model.addAttribute("exceptions", points.stream().filter(point -> point.opening().exceptionToday() != null).toList());
		model.addAttribute("relocations", points.stream()
			.filter(point -> point.relocation() != null
					&& !point.relocation().date().isAfter(today.plusDays(RELOCATION_HORIZON_DAYS)))
			.sorted(java.util.Comparator.comparing(point -> point.relocation().date()))
			.toList());
		model.addAttribute("now", LocalDateTime.now(clock));
		return NOW;
	}

}

package be.eenloket.directory.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import be.eenloket.directory.internal.DirectoryData;
import be.eenloket.directory.internal.DirectoryReadModel;
import be.eenloket.directory.internal.QrCodes;
import be.eenloket.shared.PdfDocuments;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Lobby boards ("wegwijzers"): who is where in a building or on a floor, as a printable page and as a PDF, made
 * from the same data as the website and with a QR code to its page, so the signs never disagree with the portal.
 */
@Controller
class LobbyBoardController {

	static final String BOARD = "directory/board";

	static final String BOARD_PDF = "directory/board-pdf";

	/** One floor on the board with what is on it today. */
	public record BoardFloor(DirectoryData.Floor floor, List<BoardLine> lines) {
	}

	public record BoardLine(String name, String room) {
	}

	private final DirectoryReadModel readModel;

	private final QrCodes qrCodes;

	private final PdfDocuments pdf;

	private final SpringTemplateEngine templates;

	private final Clock clock;

	LobbyBoardController(DirectoryReadModel readModel, QrCodes qrCodes, PdfDocuments pdf, SpringTemplateEngine templates,
			Clock clock) {
		this.readModel = readModel;
		this.qrCodes = qrCodes;
		this.pdf = pdf;
		this.templates = templates;
		this.clock = clock;
	}

	@GetMapping("/gebouwen/{slug}/wegwijzer")
	String building(@PathVariable String slug, Model model) {
		model.addAllAttributes(board(slug, null).asMap());
		return BOARD;
	}

	@GetMapping("/gebouwen/{slug}/verdiepingen/{level}/wegwijzer")
	String floor(@PathVariable String slug, @PathVariable String level, Model model) {
		model.addAllAttributes(board(slug, level).asMap());
		return BOARD;
	}

	@GetMapping("/gebouwen/{slug}/wegwijzer.pdf")
	ResponseEntity<byte[]> buildingPdf(@PathVariable String slug, Locale locale) {
		return pdf(board(slug, null), slug, locale);
	}

	@GetMapping("/gebouwen/{slug}/verdiepingen/{level}/wegwijzer.pdf")
	ResponseEntity<byte[]> floorPdf(@PathVariable String slug, @PathVariable String level, Locale locale) {
		return pdf(board(slug, level), slug + "-" + level, locale);
	}

	private ResponseEntity<byte[]> pdf(Board board, String name, Locale locale) {
		var context = new Context(locale, board.asMap());
		context.setVariable("css", css());
		var html = templates.process(BOARD_PDF, context);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", ContentDisposition.inline().filename("wegwijzer-" + name + ".pdf").build().toString())
			.body(pdf.render(html));
	}

	record Board(DirectoryData.Building building, List<BoardFloor> floors, DirectoryData.Floor onlyFloor, String pageUrl,
			String qrCode, LocalDate today) {

		java.util.Map<String, Object> asMap() {
			var map = new java.util.HashMap<String, Object>();
			map.put("building", building);
			map.put("floors", floors);
			map.put("onlyFloor", onlyFloor);
			map.put("pageUrl", pageUrl);
			map.put("qrCode", qrCode);
			map.put("today", today);
			return map;
		}

	}

	private Board board(String slug, String level) {
		var data = readModel.current();
		var building = data.buildingsBySlug().get(slug);
		if (building == null || !building.active() || (level != null && !level.matches("-?\\d{1,2}"))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		var today = LocalDate.now(clock);
		var floors = data.floorsOf(building.id()).stream()
			.filter(floor -> level == null || floor.level() == Integer.parseInt(level))
			.map(floor -> new BoardFloor(floor, data.servicePointsOn(floor.id(), today).stream()
				.map(point -> new BoardLine(point.name(), data.placeOf(point, today)
					.map(place -> place.room() == null ? null : place.room().name()).orElse(null)))
				.toList()))
			.toList();
		if (level != null && floors.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		var path = level == null ? "/gebouwen/" + slug : "/gebouwen/" + slug + "/verdiepingen/" + level;
		var url = ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
		return new Board(building, floors, level == null ? null : floors.get(0).floor(), url, qrCodes.pngDataUri(url, 240),
				today);
	}

	private static String css() {
		try {
			return new ClassPathResource("static/css/board-print.css").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

}

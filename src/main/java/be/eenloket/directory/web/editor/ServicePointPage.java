package be.eenloket.directory.web.editor;

import java.time.LocalDate;

import be.eenloket.directory.internal.DirectoryData;
import be.eenloket.directory.internal.ServicePointHours;
import be.eenloket.kernel.RuleViolation;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The service point's editor page: its details form, its planned moves and its special days. The hours, special-day
 * and move controllers show it again when an action on one of those lists is refused or came too late.
 */
@Component
class ServicePointPage {

	static final String VIEW = "directory/editor/service-point";

	/** A move planned after today, with the version the editor saw. */
	record PlannedMove(long locationId, long version, LocalDate date, String place) {
	}

	private final EditorLookups lookups;

	private final ServicePointHours hours;

	ServicePointPage(EditorLookups lookups, ServicePointHours hours) {
		this.lookups = lookups;
		this.hours = hours;
	}

	/** The page of a new service point ({@code point} null) or of an existing one with {@code form}. */
	String show(DirectoryData.ServicePoint point, ServicePointForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("point", point);
		model.addAttribute("units", lookups.units());
		model.addAttribute("floors", lookups.floors());
		model.addAttribute("rooms", lookups.rooms());
		if (point != null) {
			var data = lookups.data();
			var today = lookups.today();
			model.addAttribute("plannedMoves", point.locations().stream()
				.filter(location -> location.validFrom().isAfter(today))
				.map(location -> new PlannedMove(location.id(), location.version(), location.validFrom(), place(data, location)))
				.toList());
			model.addAttribute("specialDays", hours.specialDays(point.id(), today));
		}
		return VIEW;
	}

	/** The page as it is now, after a colleague's change made the editor's action come too late. */
	String showConcurrentEdit(long id, Model model) {
		model.addAttribute("concurrentEdit", true);
		var point = lookups.servicePoint(id);
		return show(point, ServicePointForm.of(point), model);
	}

	/** The page as it is now, with the reason an action on it was refused. */
	String showRefused(long id, RuleViolation refusal, Model model) {
		model.addAttribute("refusal", refusal);
		var point = lookups.servicePoint(id);
		return show(point, ServicePointForm.of(point), model);
	}

	private static String place(DirectoryData data, DirectoryData.Location location) {
		var floor = data.floors().get(location.floorId());
		return data.buildings().get(floor.buildingId()).name() + " – " + floor.displayName()
				+ (location.roomId() == null ? "" : " – " + data.rooms().get(location.roomId()).name());
	}

}

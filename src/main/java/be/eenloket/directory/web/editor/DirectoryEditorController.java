package be.eenloket.directory.web.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import be.eenloket.directory.internal.DirectoryData;
import be.eenloket.directory.internal.DirectoryEditing;
import be.eenloket.directory.internal.DirectoryManagement;
import be.eenloket.directory.internal.DirectoryReadModel;
import be.eenloket.organisation.OrganisationChart;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' pages of the directory (DIRECTORY_EDITOR, SECRETARIAT, ADMIN): buildings, floors, rooms, service
 * points with moves, hours and exceptions, and tasks. Every change is audited and shows on the public pages at
 * once; retiring something still in use is refused with an explanation.
 */
@Controller
@RequestMapping("/beheer/dienstengids")
class DirectoryEditorController {

	static final String INDEX = "directory/editor/index";

	static final String SERVICE_POINT = "directory/editor/service-point";

	static final String TASK = "directory/editor/task";

	static final String BUILDING = "directory/editor/building";

	static final String SIMPLE = "directory/editor/simple";

	private final DirectoryReadModel readModel;

	private final DirectoryManagement management;

	private final DirectoryEditing editing;

	private final OrganisationChart organisation;

	private final Clock clock;

	DirectoryEditorController(DirectoryReadModel readModel, DirectoryManagement management, DirectoryEditing editing,
			OrganisationChart organisation, Clock clock) {
		this.readModel = readModel;
		this.management = management;
		this.editing = editing;
		this.organisation = organisation;
		this.clock = clock;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String index(Model model) {
		var data = readModel.current();
		model.addAttribute("buildings", data.buildings().values().stream()
			.sorted(Comparator.comparing(DirectoryData.Building::name)).toList());
		model.addAttribute("servicePoints", data.servicePoints().values().stream().filter(DirectoryData.ServicePoint::active)
			.sorted(Comparator.comparing(DirectoryData.ServicePoint::name)).limit(500).toList());
		model.addAttribute("tasks", data.tasks().values().stream().filter(DirectoryData.Task::active)
			.sorted(Comparator.comparing(DirectoryData.Task::name)).limit(500).toList());
		model.addAttribute("unitClosed", data.servicePoints().values().stream().filter(DirectoryData.ServicePoint::active)
			.filter(point -> point.unitClosedOn() != null).sorted(Comparator.comparing(DirectoryData.ServicePoint::name)).toList());
		return INDEX;
	}

	// --- service points -------------------------------------------------------------------------------------

	@GetMapping("/diensten/nieuw")
	String newServicePoint(Model model) {
		var form = new ServicePointForm();
		form.setValidFrom(LocalDate.now(clock));
		return servicePointForm(form, null, model);
	}

	@PostMapping("/diensten/nieuw")
	String createServicePoint(@Valid @ModelAttribute("form") ServicePointForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getFloorId() == null) {
			result.rejectValue("floorId", "editor.floor.required");
		}
		if (form.getValidFrom() == null && !result.hasFieldErrors("validFrom")) {
			result.rejectValue("validFrom", "editor.date.required");
		}
		checkRoom(form.getFloorId(), form.getRoomId(), result);
		var slug = DirectoryEditing.slug(form.getName());
		if (!result.hasFieldErrors("name") && readModel.current().servicePointsBySlug().containsKey(slug)) {
			result.rejectValue("name", "editor.name.taken");
		}
		if (result.hasErrors()) {
			return servicePointForm(form, null, model);
		}
		try {
			management.createServicePoint(values(slug, form), form.getFloorId(), form.getRoomId(), form.getValidFrom());
		}
		catch (DataIntegrityViolationException duplicate) {
			result.rejectValue("name", "editor.name.taken");
			return servicePointForm(form, null, model);
		}
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/diensten/" + slug;
	}

	@GetMapping("/diensten/{id}")
	String editServicePoint(@PathVariable long id, Model model) {
		var point = servicePoint(id);
		var form = new ServicePointForm();
		form.setName(point.name());
		form.setUnitId(point.unitId());
		form.setDescription(point.description());
		form.setPhone(point.phone());
		form.setEmail(point.email());
		form.setWebsite(point.website());
		form.setByAppointment(point.byAppointment());
		form.setKeywords(point.keywords());
		form.setKeywordsEn(point.keywordsEn());
		form.setVersion(point.version());
		return servicePointForm(form, point, model);
	}

	@PostMapping("/diensten/{id}")
	String updateServicePoint(@PathVariable long id, @Valid @ModelAttribute("form") ServicePointForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var point = servicePoint(id);
		if (result.hasErrors()) {
			return servicePointForm(form, point, model);
		}
		try {
			editing.updateServicePoint(id, form.getVersion() == null ? -1 : form.getVersion(), values(point.slug(), form));
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			return editServicePoint(id, model);
		}
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/beheer/dienstengids";
	}

	@PostMapping("/diensten/{id}/buiten-gebruik")
	String retireServicePoint(@PathVariable long id, Model model, RedirectAttributes redirect) {
		var point = servicePoint(id);
		var errors = new org.springframework.validation.BeanPropertyBindingResult(new ServicePointForm(), "form");
		editing.retireServicePoint(id, errors);
		if (errors.hasErrors()) {
			model.addAttribute("retireErrors", errors.getGlobalErrors());
			return editServicePoint(point.id(), model);
		}
		redirect.addFlashAttribute("saved", "editor.retired");
		return "redirect:/beheer/dienstengids";
	}

	@GetMapping("/diensten/{id}/verhuis")
	String relocationForm(@PathVariable long id, Model model) {
		var form = new RelocationForm();
		form.setDate(LocalDate.now(clock).plusMonths(1).withDayOfMonth(1));
		return simple("relocation", servicePoint(id), form, model);
	}

	@PostMapping("/diensten/{id}/verhuis")
	String relocate(@PathVariable long id, @Valid @ModelAttribute("form") RelocationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var point = servicePoint(id);
		checkRoom(form.getFloorId(), form.getRoomId(), result);
		// a move in the past would silently rewrite where citizens were sent; history stays as it was
		if (form.getDate() != null && form.getDate().isBefore(LocalDate.now(clock))) {
			result.rejectValue("date", "editor.relocation.past");
		}
		if (result.hasErrors()) {
			return simple("relocation", point, form, model);
		}
		try {
			management.relocate(id, form.getFloorId(), form.getRoomId(), form.getDate());
		}
		catch (DataIntegrityViolationException beforeFirstPlace) {
			result.rejectValue("date", "editor.relocation.conflict");
			return simple("relocation", point, form, model);
		}
		redirect.addFlashAttribute("saved", "editor.relocated");
		return "redirect:/diensten/" + point.slug();
	}

	@PostMapping("/diensten/{id}/verhuis/{locationId}/annuleren")
	String cancelRelocation(@PathVariable long id, @PathVariable long locationId,
			@org.springframework.web.bind.annotation.RequestParam long version, Model model, RedirectAttributes redirect) {
		var point = servicePoint(id);
		var errors = new org.springframework.validation.BeanPropertyBindingResult(new RelocationForm(), "form");
		try {
			editing.cancelRelocation(id, locationId, version, LocalDate.now(clock), errors);
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			return editServicePoint(id, model);
		}
		if (errors.hasErrors()) {
			model.addAttribute("retireErrors", errors.getGlobalErrors());
			return editServicePoint(point.id(), model);
		}
		redirect.addFlashAttribute("saved", "editor.relocation.cancelled");
		return "redirect:/beheer/dienstengids/diensten/" + id;
	}

	@PostMapping("/diensten/{id}/uitzonderingen/{exceptionId}/verwijderen")
	String removeException(@PathVariable long id, @PathVariable long exceptionId,
			@org.springframework.web.bind.annotation.RequestParam long version, Model model, RedirectAttributes redirect) {
		servicePoint(id);
		try {
			editing.removeSpecialDay(id, exceptionId, version);
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			return editServicePoint(id, model);
		}
		redirect.addFlashAttribute("saved", "editor.exception.removed");
		return "redirect:/beheer/dienstengids/diensten/" + id;
	}

	@GetMapping("/diensten/{id}/uitzonderingen/nieuw")
	String exceptionForm(@PathVariable long id, Model model) {
		var form = new ExceptionForm();
		form.setClosed(true);
		return simple("exception", servicePoint(id), form, model);
	}

	@PostMapping("/diensten/{id}/uitzonderingen/nieuw")
	String addException(@PathVariable long id, @Valid @ModelAttribute("form") ExceptionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var point = servicePoint(id);
		if (!form.isClosed() && !result.hasFieldErrors("opens") && !result.hasFieldErrors("closes")) {
			if (form.getOpens() == null) {
				result.rejectValue("opens", "editor.time.required");
			}
			if (form.getCloses() == null) {
				result.rejectValue("closes", "editor.time.required");
			}
			if (form.getOpens() != null && form.getCloses() != null && !form.getCloses().isAfter(form.getOpens())) {
				result.rejectValue("closes", "editor.time.order");
			}
		}
		if (result.hasErrors()) {
			return simple("exception", point, form, model);
		}
		try {
			management.addException(id, form.getDay(), form.isClosed(), form.isClosed() ? null : form.getOpens(),
					form.isClosed() ? null : form.getCloses(), form.getReason().strip());
		}
		catch (DataIntegrityViolationException overlap) {
			result.rejectValue("day", "editor.exception.overlap");
			return simple("exception", point, form, model);
		}
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/diensten/" + point.slug();
	}

	@GetMapping("/diensten/{id}/uren")
	String hoursForm(@PathVariable long id, Model model) {
		var form = new HoursForm();
		form.setValidFrom(LocalDate.now(clock));
		form.setDays(editing.hoursText(id, LocalDate.now(clock)));
		form.setVersion(editing.servicePointVersion(id));
		return simple("hours", servicePoint(id), form, model);
	}

	@PostMapping("/diensten/{id}/uren")
	String replaceHours(@PathVariable long id, @Valid @ModelAttribute("form") HoursForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var point = servicePoint(id);
		while (form.getDays().size() < 7) {
			form.getDays().add("");
		}
		if (!result.hasErrors()) {
			try {
				editing.replaceHours(id, form.getVersion() == null ? -1 : form.getVersion(), form.getValidFrom(),
						form.getDays(), result);
			}
			catch (OptimisticLockingFailureException concurrent) {
				// a colleague saved the hours (or the service point) since this form was opened: show theirs
				model.addAttribute("concurrentEdit", true);
				return hoursForm(id, model);
			}
		}
		if (result.hasErrors()) {
			return simple("hours", point, form, model);
		}
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/diensten/" + point.slug();
	}

	// --- tasks ------------------------------------------------------------------------------------------------

	@GetMapping("/producten/nieuw")
	String newTask(Model model) {
		return taskForm(new TaskForm(), null, model);
	}

	@PostMapping("/producten/nieuw")
	String createTask(@Valid @ModelAttribute("form") TaskForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var slug = DirectoryEditing.slug(form.getName());
		if (!result.hasFieldErrors("name") && readModel.current().tasksBySlug().containsKey(slug)) {
			result.rejectValue("name", "editor.name.taken");
		}
		if (result.hasErrors()) {
			return taskForm(form, null, model);
		}
		management.createTask(taskValues(slug, form), form.getServicePointIds());
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/producten/" + slug;
	}

	@GetMapping("/producten/{id}")
	String editTask(@PathVariable long id, Model model) {
		var task = task(id);
		var form = new TaskForm();
		form.setName(task.name());
		form.setDescription(task.description());
		form.setWhatToBring(task.whatToBring());
		form.setCost(task.cost());
		form.setAppointmentNeeded(task.appointmentNeeded());
		form.setKeywords(task.keywords());
		form.setKeywordsEn(task.keywordsEn());
		form.setServicePointIds(new ArrayList<>(task.servicePointIds()));
		form.setVersion(task.version());
		return taskForm(form, task, model);
	}

	@PostMapping("/producten/{id}")
	String updateTask(@PathVariable long id, @Valid @ModelAttribute("form") TaskForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var task = task(id);
		if (result.hasErrors()) {
			return taskForm(form, task, model);
		}
		try {
			editing.updateTask(id, form.getVersion() == null ? -1 : form.getVersion(), taskValues(task.slug(), form),
					form.getServicePointIds());
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			return editTask(id, model);
		}
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/beheer/dienstengids";
	}

	@PostMapping("/producten/{id}/buiten-gebruik")
	String retireTask(@PathVariable long id, RedirectAttributes redirect) {
		task(id);
		editing.retireTask(id);
		redirect.addFlashAttribute("saved", "editor.retired");
		return "redirect:/beheer/dienstengids";
	}

	// --- buildings, floors, rooms -----------------------------------------------------------------------------

	@GetMapping("/gebouwen/nieuw")
	String newBuilding(Model model) {
		var form = new BuildingForm();
		form.setCity("Maldegem");
		form.setPostalCode("9990");
		return buildingForm(form, null, model);
	}

	@PostMapping("/gebouwen/nieuw")
	String createBuilding(@Valid @ModelAttribute("form") BuildingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var slug = DirectoryEditing.slug(form.getName());
		if (!result.hasFieldErrors("name") && readModel.current().buildingsBySlug().containsKey(slug)) {
			result.rejectValue("name", "editor.name.taken");
		}
		if (result.hasErrors()) {
			return buildingForm(form, null, model);
		}
		management.createBuilding(buildingValues(slug, form));
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/beheer/dienstengids";
	}

	@GetMapping("/gebouwen/{id}")
	String editBuilding(@PathVariable long id, Model model) {
		var building = building(id);
		var form = new BuildingForm();
		form.setName(building.name());
		form.setStreet(building.street());
		form.setHouseNumber(building.houseNumber());
		form.setPostalCode(building.postalCode());
		form.setCity(building.city());
		form.setEntranceNotes(building.entranceNotes());
		form.setStepFreeAccess(building.stepFreeAccess());
		form.setLift(building.lift());
		form.setDisabledParking(building.disabledParking());
		form.setAccessibilityNotes(building.accessibilityNotes());
		form.setVersion(building.version());
		return buildingForm(form, building, model);
	}

	@PostMapping("/gebouwen/{id}")
	String updateBuilding(@PathVariable long id, @Valid @ModelAttribute("form") BuildingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var building = building(id);
		if (result.hasErrors()) {
			return buildingForm(form, building, model);
		}
		try {
			editing.updateBuilding(id, form.getVersion() == null ? -1 : form.getVersion(), buildingValues(building.slug(), form));
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			return editBuilding(id, model);
		}
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/beheer/dienstengids";
	}

	@PostMapping("/gebouwen/{id}/buiten-gebruik")
	String retireBuilding(@PathVariable long id, Model model, RedirectAttributes redirect) {
		building(id);
		var errors = new org.springframework.validation.BeanPropertyBindingResult(new BuildingForm(), "form");
		editing.retireBuilding(id, LocalDate.now(clock), errors);
		if (errors.hasErrors()) {
			model.addAttribute("retireErrors", errors.getGlobalErrors());
			return editBuilding(id, model);
		}
		redirect.addFlashAttribute("saved", "editor.retired");
		return "redirect:/beheer/dienstengids";
	}

	@GetMapping("/gebouwen/{id}/verdiepingen/nieuw")
	String floorForm(@PathVariable long id, Model model) {
		model.addAttribute("building", building(id));
		return simple("floor", null, new FloorForm(), model);
	}

	@PostMapping("/gebouwen/{id}/verdiepingen/nieuw")
	String createFloor(@PathVariable long id, @Valid @ModelAttribute("form") FloorForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var building = building(id);
		model.addAttribute("building", building);
		if (!result.hasFieldErrors("level") && form.getLevel() != null && readModel.current().floorsOf(id).stream()
			.anyMatch(floor -> floor.level() == form.getLevel())) {
			result.rejectValue("level", "editor.level.taken");
		}
		if (result.hasErrors()) {
			return simple("floor", null, form, model);
		}
		management.createFloor(id, form.getLevel(), form.getDisplayName().strip());
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/beheer/dienstengids/gebouwen/" + id;
	}

	@GetMapping("/verdiepingen/{id}/lokalen/nieuw")
	String roomForm(@PathVariable long id, Model model) {
		model.addAttribute("floor", floor(id));
		return simple("room", null, new RoomForm(), model);
	}

	@PostMapping("/verdiepingen/{id}/lokalen/nieuw")
	String createRoom(@PathVariable long id, @Valid @ModelAttribute("form") RoomForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var floor = floor(id);
		model.addAttribute("floor", floor);
		if (!result.hasFieldErrors("name") && readModel.current().roomsOf(id).stream()
			.anyMatch(room -> room.name().equalsIgnoreCase(form.getName().strip()))) {
			result.rejectValue("name", "editor.name.taken");
		}
		if (result.hasErrors()) {
			return simple("room", null, form, model);
		}
		management.createRoom(id, form.getName().strip());
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/beheer/dienstengids/gebouwen/" + floor.buildingId();
	}

	// --- helpers ----------------------------------------------------------------------------------------------

	private String servicePointForm(ServicePointForm form, DirectoryData.ServicePoint point, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("point", point);
		model.addAttribute("units", organisation.units(LocalDate.now(clock)));
		model.addAttribute("floors", floorOptions());
		model.addAttribute("rooms", roomOptions());
		if (point != null) {
			var data = readModel.current();
			var today = LocalDate.now(clock);
			model.addAttribute("plannedMoves", point.locations().stream()
				.filter(location -> location.validFrom().isAfter(today))
				.map(location -> new PlannedMove(location.id(), location.version(), location.validFrom(), placeLabel(data, location)))
				.toList());
			model.addAttribute("specialDays", editing.specialDays(point.id(), today));
		}
		return SERVICE_POINT;
	}

	/** A move planned after today, with the version the editor saw. */
	public record PlannedMove(long locationId, long version, LocalDate date, String place) {
	}

	private static String placeLabel(DirectoryData data, DirectoryData.Location location) {
		var floor = data.floors().get(location.floorId());
		return data.buildings().get(floor.buildingId()).name() + " – " + floor.displayName()
				+ (location.roomId() == null ? "" : " – " + data.rooms().get(location.roomId()).name());
	}

	private String taskForm(TaskForm form, DirectoryData.Task task, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("task", task);
		model.addAttribute("servicePoints", readModel.current().servicePoints().values().stream()
			.filter(DirectoryData.ServicePoint::active).sorted(Comparator.comparing(DirectoryData.ServicePoint::name)).toList());
		return TASK;
	}

	private String buildingForm(BuildingForm form, DirectoryData.Building building, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("building", building);
		model.addAttribute("floors", building == null ? List.of() : readModel.current().floorsOf(building.id()));
		model.addAttribute("roomsOnFloors", building == null ? List.of() : readModel.current().floorsOf(building.id()).stream()
			.flatMap(floor -> readModel.current().roomsOf(floor.id()).stream())
			.toList());
		return BUILDING;
	}

	private String simple(String kind, DirectoryData.ServicePoint point, Object form, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("point", point);
		model.addAttribute("form", form);
		model.addAttribute("floors", floorOptions());
		model.addAttribute("rooms", roomOptions());
		model.addAttribute("dayKeys", List.of("day.1", "day.2", "day.3", "day.4", "day.5", "day.6", "day.7"));
		return SIMPLE;
	}

	/** Every floor as "Building – floor", for select lists. */
	public record Option(long id, String label) {
	}

	@GetMapping("/verdiepingen/{id}")
	String editFloor(@PathVariable long id, Model model) {
		var floor = floor(id);
		var form = new FloorForm();
		form.setLevel(floor.level());
		form.setDisplayName(floor.displayName());
		form.setVersion(floor.version());
		return floorEditor(floor, form, model);
	}

	@PostMapping("/verdiepingen/{id}")
	String updateFloor(@PathVariable long id, @Valid @ModelAttribute("form") FloorForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var floor = floor(id);
		if (!result.hasFieldErrors("level") && form.getLevel() != null && readModel.current().floorsOf(floor.buildingId())
			.stream().anyMatch(other -> other.id() != id && other.level() == form.getLevel())) {
			result.rejectValue("level", "editor.level.taken");
		}
		if (result.hasErrors()) {
			return floorEditor(floor, form, model);
		}
		try {
			editing.updateFloor(id, form.getVersion() == null ? -1 : form.getVersion(), form.getLevel(),
					form.getDisplayName().strip());
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			return editFloor(id, model);
		}
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/beheer/dienstengids/gebouwen/" + floor.buildingId();
	}

	@PostMapping("/verdiepingen/{id}/verwijderen")
	String removeFloor(@PathVariable long id, Model model, RedirectAttributes redirect) {
		var floor = floor(id);
		var errors = new org.springframework.validation.BeanPropertyBindingResult(new FloorForm(), "form");
		editing.removeFloor(id, errors);
		if (errors.hasErrors()) {
			model.addAttribute("retireErrors", errors.getGlobalErrors());
			return editFloor(id, model);
		}
		redirect.addFlashAttribute("saved", "editor.removed");
		return "redirect:/beheer/dienstengids/gebouwen/" + floor.buildingId();
	}

	@GetMapping("/lokalen/{id}")
	String editRoom(@PathVariable long id, Model model) {
		var room = room(id);
		var form = new RoomForm();
		form.setName(room.name());
		form.setVersion(room.version());
		return roomEditor(room, form, model);
	}

	@PostMapping("/lokalen/{id}")
	String updateRoom(@PathVariable long id, @Valid @ModelAttribute("form") RoomForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var room = room(id);
		if (!result.hasFieldErrors("name") && form.getName() != null && readModel.current().roomsOf(room.floorId()).stream()
			.anyMatch(other -> other.id() != id && other.name().equalsIgnoreCase(form.getName().strip()))) {
			result.rejectValue("name", "editor.name.taken");
		}
		if (result.hasErrors()) {
			return roomEditor(room, form, model);
		}
		try {
			editing.updateRoom(id, form.getVersion() == null ? -1 : form.getVersion(), form.getName().strip());
		}
		catch (OptimisticLockingFailureException concurrent) {
			model.addAttribute("concurrentEdit", true);
			return editRoom(id, model);
		}
		redirect.addFlashAttribute("saved", "editor.saved");
		return "redirect:/beheer/dienstengids/gebouwen/" + floor(room.floorId()).buildingId();
	}

	@PostMapping("/lokalen/{id}/verwijderen")
	String removeRoom(@PathVariable long id, Model model, RedirectAttributes redirect) {
		var room = room(id);
		var errors = new org.springframework.validation.BeanPropertyBindingResult(new RoomForm(), "form");
		editing.removeRoom(id, errors);
		if (errors.hasErrors()) {
			model.addAttribute("retireErrors", errors.getGlobalErrors());
			return editRoom(id, model);
		}
		redirect.addFlashAttribute("saved", "editor.removed");
		return "redirect:/beheer/dienstengids/gebouwen/" + floor(room.floorId()).buildingId();
	}

	private String floorEditor(DirectoryData.Floor floor, FloorForm form, Model model) {
		model.addAttribute("building", building(floor.buildingId()));
		model.addAttribute("editedFloor", floor);
		model.addAttribute("formAction", "/beheer/dienstengids/verdiepingen/" + floor.id());
		model.addAttribute("removeAction", "/beheer/dienstengids/verdiepingen/" + floor.id() + "/verwijderen");
		return simple("floor", null, form, model);
	}

	private String roomEditor(DirectoryData.Room room, RoomForm form, Model model) {
		var floor = floor(room.floorId());
		model.addAttribute("floor", floor);
		model.addAttribute("building", building(floor.buildingId()));
		model.addAttribute("editedRoom", room);
		model.addAttribute("formAction", "/beheer/dienstengids/lokalen/" + room.id());
		model.addAttribute("removeAction", "/beheer/dienstengids/lokalen/" + room.id() + "/verwijderen");
		return simple("room", null, form, model);
	}

	private DirectoryData.Room room(long id) {
		var room = readModel.current().rooms().get(id);
		if (room == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return room;
	}

	private List<Option> floorOptions() {
		var data = readModel.current();
		return data.activeBuildings().stream()
			.flatMap(building -> data.floorsOf(building.id()).stream()
				.map(floor -> new Option(floor.id(), building.name() + " – " + floor.displayName())))
			.toList();
	}

	private List<Option> roomOptions() {
		var data = readModel.current();
		return data.rooms().values().stream()
			.map(room -> {
				var floor = data.floors().get(room.floorId());
				return new Option(room.id(), data.buildings().get(floor.buildingId()).name() + " – " + floor.displayName()
						+ " – " + room.name());
			})
			.sorted(Comparator.comparing(Option::label))
			.toList();
	}

	private void checkRoom(Long floorId, Long roomId, BindingResult result) {
		if (roomId != null) {
			var room = readModel.current().rooms().get(roomId);
			if (room == null || !room.equals(readModel.current().rooms().get(roomId)) || floorId == null || room.floorId() != floorId) {
				result.rejectValue("roomId", "editor.room.notOnFloor");
			}
		}
		if (floorId != null && !readModel.current().floors().containsKey(floorId)) {
			result.rejectValue("floorId", "editor.floor.required");
		}
	}

	private static DirectoryManagement.ServicePointValues values(String slug, ServicePointForm form) {
		return new DirectoryManagement.ServicePointValues(slug, form.getName().strip(), form.getUnitId(),
				blank(form.getDescription()), blank(form.getPhone()), blank(form.getEmail()), blank(form.getWebsite()),
				form.isByAppointment(), form.getKeywords() == null ? "" : form.getKeywords().strip(),
				form.getKeywordsEn() == null ? "" : form.getKeywordsEn().strip());
	}

	private static DirectoryManagement.TaskValues taskValues(String slug, TaskForm form) {
		return new DirectoryManagement.TaskValues(slug, form.getName().strip(), form.getDescription().strip(),
				nonNull(form.getWhatToBring()), nonNull(form.getCost()), form.isAppointmentNeeded(), nonNull(form.getKeywords()),
				nonNull(form.getKeywordsEn()).strip(), 0);
	}

	private static DirectoryManagement.BuildingValues buildingValues(String slug, BuildingForm form) {
		return new DirectoryManagement.BuildingValues(slug, form.getName().strip(), form.getStreet().strip(),
				form.getHouseNumber().strip(), form.getPostalCode().strip(), form.getCity().strip(),
				blank(form.getEntranceNotes()), form.isStepFreeAccess(), form.isLift(), form.isDisabledParking(),
				blank(form.getAccessibilityNotes()));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String nonNull(String value) {
		return value == null ? "" : value.strip();
	}

	private DirectoryData.ServicePoint servicePoint(long id) {
		var point = readModel.current().servicePoints().get(id);
		if (point == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return point;
	}

	private DirectoryData.Task task(long id) {
		var task = readModel.current().tasks().get(id);
		if (task == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return task;
	}

	private DirectoryData.Building building(long id) {
		var building = readModel.current().buildings().get(id);
		if (building == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return building;
	}

	private DirectoryData.Floor floor(long id) {
		var floor = readModel.current().floors().get(id);
		if (floor == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return floor;
	}

}

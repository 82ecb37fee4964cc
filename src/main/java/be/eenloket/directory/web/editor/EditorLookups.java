package be.eenloket.directory.web.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import be.eenloket.directory.internal.DirectoryData;
import be.eenloket.directory.internal.DirectoryReadModel;
import be.eenloket.organisation.OrganisationChart;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the editor's controllers look up in the read model: a record by its number (404 when there is none) and
 * the options of the select lists, labelled as editors know the places ("Gemeentehuis – 2de verdieping").
 */
@Component
class EditorLookups {

	/** An option of a select list. */
	record Option(long id, String label) {
	}

	private final DirectoryReadModel readModel;

	private final OrganisationChart organisation;

	private final Clock clock;

	EditorLookups(DirectoryReadModel readModel, OrganisationChart organisation, Clock clock) {
		this.readModel = readModel;
		this.organisation = organisation;
		this.clock = clock;
	}

	DirectoryData data() {
		return readModel.current();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	DirectoryData.ServicePoint servicePoint(long id) {
		return found(data().servicePoints(), id);
	}

	DirectoryData.Task task(long id) {
		return found(data().tasks(), id);
	}

	DirectoryData.Building building(long id) {
		return found(data().buildings(), id);
	}

	DirectoryData.Floor floor(long id) {
		return found(data().floors(), id);
	}

	DirectoryData.Room room(long id) {
		return found(data().rooms(), id);
	}

	private static <T> T found(Map<Long, T> records, long id) {
		var found = records.get(id);
		if (found == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return found;
	}

	/** The units that exist today, by name. */
	List<Option> units() {
		return organisation.units(today()).stream().map(unit -> new Option(unit.id().value(), unit.name())).toList();
	}

	/** Every floor of a building in use as "Building – floor". */
	List<Option> floors() {
		var data = data();
		return data.activeBuildings().stream()
			.flatMap(building -> data.floorsOf(building.id()).stream()
				.map(floor -> new Option(floor.id(), building.name() + " – " + floor.displayName())))
			.toList();
	}

	/** Every room as "Building – floor – room", by label. */
	List<Option> rooms() {
		var data = data();
		return data.rooms().values().stream()
			.map(room -> {
				var floor = data.floors().get(room.floorId());
				return new Option(room.id(), data.buildings().get(floor.buildingId()).name() + " – " + floor.displayName()
						+ " – " + room.name());
			})
			.sorted(Comparator.comparing(Option::label))
			.toList();
	}

	/** The active service points by name (what a task may link to). */
	List<DirectoryData.ServicePoint> activeServicePoints() {
		return data().servicePoints().values().stream().filter(DirectoryData.ServicePoint::active)
			.sorted(Comparator.comparing(DirectoryData.ServicePoint::name)).toList();
	}

}

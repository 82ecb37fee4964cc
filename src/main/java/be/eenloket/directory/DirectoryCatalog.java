package be.eenloket.directory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import be.eenloket.organisation.OrganisationUnitId;

/**
 * Read access to the location directory for other modules (the front desk console): where service points are,
 * whether they are open now, and the citizen task catalogue with its search. Answers come from the in-memory
 * directory, so they are cheap to ask often; everything is "as of now" in the municipality's time zone.
 */
public interface DirectoryCatalog {

	/** Active service points, by building, floor (top to bottom) and name. */
	List<ServicePointInfo> servicePoints();

	Optional<ServicePointInfo> servicePoint(long id);

	Optional<ServicePointInfo> servicePoint(String slug);

	/** The active service points of a unit of the organogram, by name. */
	List<ServicePointInfo> servicePointsOf(OrganisationUnitId unit);

	/** The first {@code max} active service points of a unit, by name (for a short list; see the count). */
	List<ServicePointInfo> servicePointsOf(OrganisationUnitId unit, int max);

	/** How many active service points a unit has. */
	int countServicePointsOf(OrganisationUnitId unit);

	/** Active buildings by name, with their postal address (delivery addresses, letterheads). */
	List<BuildingInfo> buildings();

	Optional<BuildingInfo> building(long id);

	/** Active tasks by name. */
	List<TaskInfo> tasks();

	Optional<TaskInfo> task(long id);

	/**
	 * The public search (Dutch and English, accent-insensitive, typo-tolerant, synonyms, parts of compounds), best
	 * match first: each match is a task, a service point or a place (a room, a floor or a building). Answered from
	 * an in-memory index, never from the database.
	 */
	List<Match> search(String query);

	/**
	 * A search match: exactly one of {@code task}, {@code servicePoint} and {@code place} is set. A place is a room
	 * (with its floor and building), a floor (no room) or a building (no floor: {@code floor} is {@code null}).
	 */
	record Match(TaskInfo task, ServicePointInfo servicePoint, Place place) {
	}

	/** A task of the catalogue with the service points that handle it. */
	record TaskInfo(long id, String slug, String name, boolean appointmentNeeded, String whatToBring,
			List<ServicePointInfo> servicePoints) {
	}

	/**
	 * A service point as it is now.
	 *
	 * @param place where it is today ({@code null} if it has no location today)
	 * @param relocation its next planned move, if any
	 * @param opening whether it is open now and its hours today
	 */
	record ServicePointInfo(long id, String slug, String name, OrganisationUnitId unit, String phone, String email,
			boolean byAppointment, Place place, Relocation relocation, Opening opening) {
	}

	/** A building and its postal address. */
	record BuildingInfo(long id, String slug, String name, String street, String houseNumber, String postalCode,
			String city) {

		public String address() {
			return street + " " + houseNumber + ", " + postalCode + " " + city;
		}

	}

	/** A building, floor and optional room (a building on its own has no floor: {@code floor} is {@code null}). */
	record Place(String building, String buildingSlug, int level, String floor, String room) {
	}

	/** A planned move to another place on a date. */
	record Relocation(LocalDate date, Place to) {
	}

	/** Open or closed now. */
	enum OpenState {

		OPEN, OPENS_LATER_TODAY, CLOSED

	}

	/**
	 * Opening now and today.
	 *
	 * @param state open now, opening later today, or closed for the rest of the day
	 * @param closesAt when it closes, when open now
	 * @param opensNext when it opens next, when not open now (if within two weeks)
	 * @param exceptionToday the reason when today's hours differ from the weekly schedule (holiday, closure,
	 * evening opening), else {@code null}
	 * @param hoursToday today's opening slots
	 */
	record Opening(OpenState state, LocalTime closesAt, LocalDateTime opensNext, String exceptionToday,
			List<Slot> hoursToday) {
	}

	record Slot(LocalTime opens, LocalTime closes) {
	}

}

package be.eenloket.directory.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import be.eenloket.directory.internal.ServicePoints.ServicePointValues;
import be.eenloket.kernel.RuleViolation;
import be.eenloket.shared.Period;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A service point (desk) with its places over time, its weekly schedules and its special days: one aggregate. Its
 * unit belongs to the organisation module and is kept by id only. The weekly hours belong to the desk (saving a week
 * bumps its version, so two editors saving the same week are told); a place or a special day has a version of its own.
 */
@Entity
@Table(name = "dir_service_point")
class ServicePoint implements Versions.Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private long unitId;

	private String description;

	private String phone;

	private String email;

	private String website;

	private boolean byAppointment;

	private String keywords;

	private String keywordsEn;

	private boolean active = true;

	private LocalDate unitClosedOn;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "service_point_id", nullable = false)
	@OrderBy("validFrom")
	@OptimisticLock(excluded = true)
	private List<Location> locations = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "service_point_id", nullable = false)
	@OrderBy("validFrom")
	private List<Schedule> schedules = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "service_point_id", nullable = false)
	@OptimisticLock(excluded = true)
	private List<OpeningException> exceptions = new ArrayList<>();

	protected ServicePoint() {
	}

	/** A new desk, on {@code floorId} (in {@code roomId}, if any) from {@code from} on. */
	ServicePoint(ServicePointValues values, long floorId, Long roomId, LocalDate from) {
		this.slug = values.slug();
		update(values);
		locations.add(new Location(floorId, roomId, Period.from(from)));
	}

	/** Changes the details; naming another unit answers the question a closed unit asked ({@link #unitClosed}). */
	void update(ServicePointValues values) {
		if (values.unitId() != unitId) {
			this.unitClosedOn = null;
		}
		this.name = values.name();
		this.unitId = values.unitId();
		this.description = values.description();
		this.phone = values.phone();
		this.email = values.email();
		this.website = values.website();
		this.byAppointment = values.byAppointment();
		this.keywords = values.keywords() == null ? "" : values.keywords();
		this.keywordsEn = values.keywordsEn() == null ? "" : values.keywordsEn();
	}

	void retire() {
		this.active = false;
	}

	/** Marks that the desk's unit closes on {@code closedOn}; whether that is news (a redelivered event is not). */
	boolean unitClosed(LocalDate closedOn) {
		if (closedOn.equals(unitClosedOn)) {
			return false;
		}
		this.unitClosedOn = closedOn;
		return true;
	}

	/**
	 * Makes way for a move on {@code date}: the place then ends the day before (or goes, if it starts that day).
	 * Returns when the replaced place ended ({@code null}: open-ended), which is when the new one ends too.
	 */
	LocalDate endPlaceOn(LocalDate date) {
		return makeWay(locations, date);
	}

	/** The place from a move; it may not overlap a place the desk has (a move before its first place does). */
	void addPlace(long floorId, Long roomId, Period period) {
		RuleViolation.require(locations.stream().noneMatch(location -> location.period().overlaps(period)), "date",
				"editor.relocation.conflict");
		locations.add(new Location(floorId, roomId, period));
	}

	/** A move taken back: the place before it is to hold {@code until} again ({@link #closeGap}). */
	record CancelledMove(LocalDate from, Location previous, LocalDate until) {
	}

	/**
	 * Cancels a planned move: the place before it simply stays valid for longer ({@link #closeGap}, once the move is
	 * gone from the database: its exclusion constraint checks every statement). A move that has already taken effect
	 * is history and is not cancelled (a move back is planned instead), nor is the first place of a desk.
	 */
	CancelledMove cancelMove(long locationId, long version, LocalDate today) {
		var move = locations.stream().filter(location -> Objects.equals(location.id(), locationId)).findFirst()
			.orElseThrow(() -> new ObjectOptimisticLockingFailureException(Location.class, locationId));
		Versions.check(move, version, locationId);
		var from = move.period().from();
		if (!from.isAfter(today)) {
			throw RuleViolation.ofForm("editor.relocation.cancel.past", from);
		}
		var previous = locations.stream().filter(location -> from.equals(location.period().to())).findFirst()
			.orElseThrow(() -> RuleViolation.ofForm("editor.relocation.cancel.first", from));
		locations.remove(move);
		return new CancelledMove(from, previous, move.period().to());
	}

	void closeGap(CancelledMove cancelled) {
		cancelled.previous().extendTo(cancelled.until());
	}

	/** Makes way for new weekly hours from {@code from} on, like {@link #endPlaceOn} for places. */
	LocalDate endScheduleOn(LocalDate from) {
		return makeWay(schedules, from);
	}

	Schedule addSchedule(String name, Period period, List<WeeklyHours.Slot> slots) {
		var schedule = new Schedule(name, period, slots);
		schedules.add(schedule);
		return schedule;
	}

	/** A special day; it may not take time another special day of the desk takes. */
	OpeningException addException(LocalDate day, boolean closed, LocalTime opens, LocalTime closes, String reason) {
		var exception = new OpeningException(day, closed, opens, closes, reason);
		RuleViolation.require(exceptions.stream().noneMatch(exception::overlaps), "day", "editor.exception.overlap");
		exceptions.add(exception);
		return exception;
	}

	/** Removes a special day as the editor saw it; that day follows the weekly hours again. */
	OpeningException removeException(long exceptionId, long version) {
		var exception = exceptions.stream().filter(candidate -> Objects.equals(candidate.id(), exceptionId)).findFirst()
			.orElseThrow(() -> new ObjectOptimisticLockingFailureException(OpeningException.class, exceptionId));
		Versions.check(exception, version, exceptionId);
		exceptions.remove(exception);
		return exception;
	}

	/** The parts of one kind follow each other: the one covering {@code date} ends then, or goes if it starts then. */
	private static <T extends DatedPart> LocalDate makeWay(List<T> parts, LocalDate date) {
		Optional<T> current = parts.stream().filter(part -> part.period().covers(date)).findFirst();
		if (current.isEmpty()) {
			return null;
		}
		var until = current.get().period().to();
		if (current.get().period().from().equals(date)) {
			parts.remove(current.get());
		}
		else {
			current.get().endOn(date);
		}
		return until;
	}

	Long id() {
		return id;
	}

	String name() {
		return name;
	}

	@Override
	public long version() {
		return version;
	}

}

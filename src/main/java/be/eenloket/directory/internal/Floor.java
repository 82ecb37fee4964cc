package be.eenloket.directory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import be.eenloket.kernel.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;

/** A floor of a {@link Building}: its level (0 ground floor, -1 basement) and the name the building gives it. */
@Entity
@Table(name = "dir_floor")
class Floor implements Versions.Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "level")
	private int level;

	private String displayName;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "floor_id", nullable = false)
	// a floor (a room) has its own version and is edited on its own page: adding one does not outdate the form
	// of the building (the floor)
	@OptimisticLock(excluded = true)
	private List<Room> rooms = new ArrayList<>();

	protected Floor() {
	}

	Floor(int level, String displayName) {
		change(level, displayName);
	}

	void change(int level, String displayName) {
		this.level = level;
		this.displayName = displayName;
	}

	Room addRoom(String name) {
		nameFree(name, null);
		var room = new Room(name);
		rooms.add(room);
		return room;
	}

	void renameRoom(Room room, String name) {
		nameFree(name, room);
		room.rename(name);
	}

	void removeRoom(Room room) {
		rooms.remove(room);
	}

	/** Two rooms of a floor never share a name, whatever the case ("Trouwzaal", "trouwzaal"). */
	private void nameFree(String name, Room renamed) {
		RuleViolation.require(rooms.stream().noneMatch(room -> room != renamed && room.name().equalsIgnoreCase(name)),
				"name", "editor.name.taken");
	}

	boolean hasRoom(long roomId) {
		return rooms.stream().anyMatch(room -> Objects.equals(room.id(), roomId));
	}

	Room room(long roomId) {
		return rooms.stream().filter(room -> Objects.equals(room.id(), roomId)).findFirst().orElseThrow();
	}

	List<Room> rooms() {
		return List.copyOf(rooms);
	}

	Long id() {
		return id;
	}

	int level() {
		return level;
	}

	String displayName() {
		return displayName;
	}

	@Override
	public long version() {
		return version;
	}

}

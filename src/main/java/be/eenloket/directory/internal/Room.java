package be.eenloket.directory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A room on a {@link Floor}, by the name on its door. */
@Entity
@Table(name = "dir_room")
class Room implements Versions.Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Version
	private long version;

	protected Room() {
	}

	Room(String name) {
		this.name = name;
	}

	void rename(String name) {
		this.name = name;
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

package be.eenloket.directory.internal;

import be.eenloket.shared.Period;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Where a service point is for a period: a floor of a building, maybe a room (the building aggregate's, by id). */
@Entity
@Table(name = "dir_location")
class Location extends DatedPart implements Versions.Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long floorId;

	private Long roomId;

	@Version
	private long version;

	protected Location() {
	}

	Location(long floorId, Long roomId, Period period) {
		super(period);
		this.floorId = floorId;
		this.roomId = roomId;
	}

	Long id() {
		return id;
	}

	@Override
	public long version() {
		return version;
	}

}

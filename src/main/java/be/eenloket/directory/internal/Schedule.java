package be.eenloket.directory.internal;

import java.util.ArrayList;
import java.util.List;

import be.eenloket.shared.Period;
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
import java.time.LocalTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A service point's weekly hours for a period (e.g. summer hours): slots per day of the week. */
@Entity
@Table(name = "dir_schedule")
class Schedule extends DatedPart {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "schedule_id", nullable = false)
	private List<Slot> slots = new ArrayList<>();

	protected Schedule() {
	}

	Schedule(String name, Period period, List<WeeklyHours.Slot> slots) {
		super(period);
		this.name = name;
		slots.forEach(slot -> this.slots.add(new Slot(slot)));
	}

	Long id() {
		return id;
	}

	/** A slot of a day of the week (1 = Monday). */
	@Entity
	@Table(name = "dir_slot")
	static class Slot {

		@Id
		@GeneratedValue(strategy = GenerationType.IDENTITY)
		private Long id;

		@JdbcTypeCode(SqlTypes.SMALLINT)
		@Column(name = "day_of_week")
		private int dayOfWeek;

		private LocalTime opens;

		private LocalTime closes;

		protected Slot() {
		}

		Slot(WeeklyHours.Slot slot) {
			this.dayOfWeek = slot.day().getValue();
			this.opens = slot.opens();
			this.closes = slot.closes();
		}

	}

}

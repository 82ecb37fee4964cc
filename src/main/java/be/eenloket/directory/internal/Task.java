package be.eenloket.directory.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import be.eenloket.directory.internal.Tasks.TaskValues;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A citizen task ("product"): what people come for, in their own words, and the service points that handle it
 * (another aggregate of this module, referred to by id).
 */
@Entity
@Table(name = "dir_task")
class Task implements Versions.Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private String description;

	private String whatToBring;

	private String cost;

	private boolean appointmentNeeded;

	private String keywords;

	private String keywordsEn;

	private int popularity;

	private boolean active = true;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "dir_task_service_point", joinColumns = @JoinColumn(name = "task_id"))
	@Column(name = "service_point_id")
	private Set<Long> servicePointIds = new LinkedHashSet<>();

	protected Task() {
	}

	Task(TaskValues values, List<Long> servicePointIds) {
		this.slug = values.slug();
		this.popularity = values.popularity();
		update(values, servicePointIds);
	}

	void update(TaskValues values, List<Long> servicePointIds) {
		this.name = values.name();
		this.description = values.description();
		this.whatToBring = values.whatToBring();
		this.cost = values.cost();
		this.appointmentNeeded = values.appointmentNeeded();
		this.keywords = values.keywords();
		this.keywordsEn = values.keywordsEn() == null ? "" : values.keywordsEn();
		this.servicePointIds.retainAll(servicePointIds);
		this.servicePointIds.addAll(servicePointIds);
	}

	void retire() {
		this.active = false;
	}

	Long id() {
		return id;
	}

	@Override
	public long version() {
		return version;
	}

}

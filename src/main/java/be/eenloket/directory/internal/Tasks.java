package be.eenloket.directory.internal;

import java.util.List;

import be.eenloket.kernel.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The citizen tasks ("producten") with the service points that handle them ({@link Task}, one aggregate). */
@Service
public class Tasks {

	private final TaskRepository tasks;

	private final DirectoryChanges changes;

	Tasks(TaskRepository tasks, DirectoryChanges changes) {
		this.tasks = tasks;
		this.changes = changes;
	}

	/** @param keywordsEn English search words (citizens who search in English), separated by spaces */
	public record TaskValues(String slug, String name, String description, String whatToBring, String cost,
			boolean appointmentNeeded, String keywords, String keywordsEn, int popularity) {

		public TaskValues(String slug, String name, String description, String whatToBring, String cost,
				boolean appointmentNeeded, String keywords, int popularity) {
			this(slug, name, description, whatToBring, cost, appointmentNeeded, keywords, "", popularity);
		}

	}

	@Transactional
	public long create(TaskValues values, List<Long> servicePointIds) {
		RuleViolation.require(!tasks.existsBySlug(values.slug()), "name", "editor.name.taken");
		var task = tasks.saveAndFlush(new Task(values, servicePointIds));
		changes.changed("CREATED", "Task", task.id(), "Product " + values.name() + " toegevoegd");
		return task.id();
	}

	@Transactional
	public void update(long id, long version, TaskValues values, List<Long> servicePointIds) {
		Versions.asSeen(tasks, Task.class, id, version).update(values, servicePointIds);
		changes.changed("UPDATED", "Task", id, "Product " + values.name() + " gewijzigd");
	}

	@Transactional
	public void retire(long id) {
		Versions.find(tasks, Task.class, id).retire();
		changes.changed("RETIRED", "Task", id, "Product buiten gebruik gesteld");
	}

}

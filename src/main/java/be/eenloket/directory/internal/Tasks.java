package be.eenloket.directory.internal;

import java.util.List;

import be.eenloket.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The citizen tasks ("producten") with the service points that handle them. */
@Service
public class Tasks {

	private final JdbcClient jdbc;

	private final DirectoryChanges changes;

	Tasks(JdbcClient jdbc, DirectoryChanges changes) {
		this.jdbc = jdbc;
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
		RuleViolation.require(jdbc.sql("select count(*) from dir_task where slug = ?").param(values.slug())
			.query(Long.class).single() == 0, "name", "editor.name.taken");
		var id = jdbc.sql("""
				insert into dir_task (slug, name, description, what_to_bring, cost, appointment_needed, keywords, keywords_en,
				    popularity)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(values.slug(), values.name(), values.description(), values.whatToBring(), values.cost(),
					values.appointmentNeeded(), values.keywords(), values.keywordsEn() == null ? "" : values.keywordsEn(),
					values.popularity())
			.query(Long.class)
			.single();
		link(id, servicePointIds);
		changes.changed("CREATED", "Task", id, "Product " + values.name() + " toegevoegd");
		return id;
	}

	@Transactional
	public void update(long id, long version, TaskValues values, List<Long> servicePointIds) {
		var updated = jdbc.sql("""
				update dir_task set name = ?, description = ?, what_to_bring = ?, cost = ?, appointment_needed = ?,
				    keywords = ?, keywords_en = ?, version = version + 1 where id = ? and version = ?""")
			.params(values.name(), values.description(), values.whatToBring(), values.cost(), values.appointmentNeeded(),
					values.keywords(), values.keywordsEn() == null ? "" : values.keywordsEn(), id, version)
			.update();
		if (updated != 1) {
			throw new ObjectOptimisticLockingFailureException("dir_task", id);
		}
		jdbc.sql("delete from dir_task_service_point where task_id = ?").param(id).update();
		link(id, servicePointIds);
		changes.changed("UPDATED", "Task", id, "Product " + values.name() + " gewijzigd");
	}

	private void link(long taskId, List<Long> servicePointIds) {
		for (var point : servicePointIds) {
			jdbc.sql("insert into dir_task_service_point (task_id, service_point_id) values (?, ?)").params(taskId, point).update();
		}
	}

	@Transactional
	public void retire(long id) {
		jdbc.sql("update dir_task set active = false, version = version + 1 where id = ?").param(id).update();
		changes.changed("RETIRED", "Task", id, "Product buiten gebruik gesteld");
	}

}

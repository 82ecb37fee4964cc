package be.eenloket.directory.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskRepository extends JpaRepository<Task, Long> {

	boolean existsBySlug(String slug);

}

package be.eenloket.organisation.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

	boolean existsByPositionId(long positionId);

}

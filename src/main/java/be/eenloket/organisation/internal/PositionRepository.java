package be.eenloket.organisation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PositionRepository extends JpaRepository<Position, Long> {

	List<Position> findByUnitId(long unitId);

}

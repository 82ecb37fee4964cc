package be.eenloket.directory.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServicePointRepository extends JpaRepository<ServicePoint, Long> {

	boolean existsBySlug(String slug);

	List<ServicePoint> findByUnitId(long unitId);

}

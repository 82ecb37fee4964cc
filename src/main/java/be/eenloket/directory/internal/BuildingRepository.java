package be.eenloket.directory.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BuildingRepository extends JpaRepository<Building, Long> {

	boolean existsBySlug(String slug);

	@Query("select b from Building b join b.floors f where f.id = :floorId")
	Optional<Building> findByFloor(@Param("floorId") long floorId);

	@Query("select b from Building b join b.floors f join f.rooms r where r.id = :roomId")
	Optional<Building> findByRoom(@Param("roomId") long roomId);

}

package be.eenloket.organisation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReorganisationRepository extends JpaRepository<Reorganisation, Long> {

	List<Reorganisation> findAllByOrderByEffectiveDateDescIdDesc();

}

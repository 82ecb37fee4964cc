package be.eenloket.purchasing.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Thresholds extends JpaRepository<Threshold, Long> {

	List<Threshold> findAllByOrderByKindAscValidFromAsc();

}

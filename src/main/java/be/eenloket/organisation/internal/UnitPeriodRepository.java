package be.eenloket.organisation.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitPeriodRepository extends JpaRepository<UnitPeriod, Long> {

	List<UnitPeriod> findByUnitIdAndValidFromAfter(long unitId, LocalDate date);

}

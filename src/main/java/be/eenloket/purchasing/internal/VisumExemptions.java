package be.eenloket.purchasing.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface VisumExemptions extends JpaRepository<VisumExemption, Long> {

	List<VisumExemption> findAllByOrderByLegalEntityCodeAscValidFromDesc();

	List<VisumExemption> findByLegalEntityCode(String legalEntityCode);

}

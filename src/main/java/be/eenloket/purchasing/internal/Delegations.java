package be.eenloket.purchasing.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Delegations extends JpaRepository<Delegation, Long> {

	List<Delegation> findAllByOrderByLegalEntityCodeAscValidFromDescBodyAsc();

	List<Delegation> findByLegalEntityCode(String legalEntityCode);

}

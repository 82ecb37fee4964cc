package be.eenloket.purchasing.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Contracts extends JpaRepository<Contract, Long> {

	List<Contract> findAllByOrderByEndDateAsc();

	boolean existsByReference(String reference);

}

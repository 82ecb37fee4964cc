package be.eenloket.purchasing.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Suppliers extends JpaRepository<Supplier, Long> {

	List<Supplier> findAllByOrderByNameAsc();

	boolean existsByEnterpriseNumber(String enterpriseNumber);

	boolean existsByEnterpriseNumberAndIdNot(String enterpriseNumber, Long id);

}

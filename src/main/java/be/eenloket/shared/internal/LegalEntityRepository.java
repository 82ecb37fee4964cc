package be.eenloket.shared.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LegalEntityRepository extends JpaRepository<LegalEntityRecord, Long> {

	List<LegalEntityRecord> findAllByOrderByCodeAsc();

	List<LegalEntityRecord> findByActiveTrueOrderByCodeAsc();

	Optional<LegalEntityRecord> findByCode(String code);

	boolean existsByCode(String code);

	boolean existsByEnterpriseNumberAndIdNot(String enterpriseNumber, Long id);

	boolean existsByEnterpriseNumber(String enterpriseNumber);

}

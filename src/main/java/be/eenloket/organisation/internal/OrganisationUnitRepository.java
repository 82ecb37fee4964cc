package be.eenloket.organisation.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationUnitRepository extends JpaRepository<OrganisationUnit, Long> {

	boolean existsByCode(String code);

}

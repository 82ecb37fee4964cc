package be.eenloket.socialcases.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface IntakeClaimRepository extends JpaRepository<IntakeClaim, Long> {

}

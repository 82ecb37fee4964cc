package be.eenloket.purchasing.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PurchaseRequests extends JpaRepository<PurchaseRequest, Long> {

	Optional<PurchaseRequest> findByFormToken(UUID formToken);

}

package be.eenloket.purchasing.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvoiceAddresses extends JpaRepository<InvoiceAddress, String> {
}

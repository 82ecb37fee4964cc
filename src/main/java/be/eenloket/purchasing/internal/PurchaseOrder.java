package be.eenloket.purchasing.internal;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * The order (bestelbon) placed for an approved request: its number, the supplier, the contract it calls off, where
 * it is delivered and when. Embedded in {@link PurchaseRequest} (the request's own columns); {@code null} until the
 * request is ordered. The order lines and invoices are part of the request.
 */
@Embeddable
public class PurchaseOrder {

	private String orderNumber;

	private Long supplierId;

	private Long contractId;

	private LocalDate orderedOn;

	private Long deliveryBuildingId;

	private String deliveryAddress;

	private LocalDate deliveredOn;

	protected PurchaseOrder() {
	}

	PurchaseOrder(String orderNumber, Supplier supplier, Long contractId, long deliveryBuildingId,
			String deliveryAddress, LocalDate orderedOn) {
		this.orderNumber = orderNumber;
		this.supplierId = supplier.getId();
		this.contractId = contractId;
		this.deliveryBuildingId = deliveryBuildingId;
		this.deliveryAddress = deliveryAddress;
		this.orderedOn = orderedOn;
	}

	void delivered(LocalDate today) {
		this.deliveredOn = today;
	}

	public String getOrderNumber() {
		return orderNumber;
	}

	public Long getSupplierId() {
		return supplierId;
	}

	public Long getContractId() {
		return contractId;
	}

	public LocalDate getOrderedOn() {
		return orderedOn;
	}

	public Long getDeliveryBuildingId() {
		return deliveryBuildingId;
	}

	public String getDeliveryAddress() {
		return deliveryAddress;
	}

	public LocalDate getDeliveredOn() {
		return deliveredOn;
	}

}

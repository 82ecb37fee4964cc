package be.eenloket.purchasing.internal;

/** Where a purchase request stands, in the order a purchase goes. */
public enum RequestStatus {

	SUBMITTED, AWAITING_VISUM, AWAITING_APPROVAL, APPROVED, ORDERED, DELIVERED, INVOICED, REJECTED, CANCELLED;

	/** Whether the request still counts for the splitting guard and the credit (not refused or withdrawn). */
	public boolean isLive() {
		return this != REJECTED && this != CANCELLED;
	}

	public String messageKey() {
		return "requestStatus." + name();
	}

}

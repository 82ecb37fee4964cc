package be.eenloket.purchasing.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Where suppliers send the invoices of a legal entity: printed on its orders. */
@Entity
@Table(name = "pu_invoice_address")
public class InvoiceAddress {

	@Id
	private String legalEntityCode;

	private String address;

	private String email;

	@Version
	private Long version;

	protected InvoiceAddress() {
	}

	public InvoiceAddress(String legalEntityCode, String address, String email) {
		this.legalEntityCode = legalEntityCode;
		this.address = address;
		this.email = email;
	}

	public String getLegalEntityCode() {
		return legalEntityCode;
	}

	public String getAddress() {
		return address;
	}

	public String getEmail() {
		return email;
	}

}

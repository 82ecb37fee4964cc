package be.eenloket.purchasing.internal;

import java.util.Locale;

import be.eenloket.kernel.RuleViolation;
import be.eenloket.shared.EnterpriseNumber;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A supplier: checked KBO number, VAT number and IBAN, address and contact. */
@Entity
@Table(name = "pu_supplier")
public class Supplier {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String enterpriseNumber;

	private String vatNumber;

	private String iban;

	private String street;

	private String houseNumber;

	private String postalCode;

	private String city;

	private String country = "BE";

	private String contactName;

	private String contactEmail;

	private String contactPhone;

	@Version
	private long version;

	protected Supplier() {
	}

	public Supplier(SupplierValues values) {
		apply(values);
	}

	/** The supplier's data as a form gives it; every number is checked before anything changes. */
	public record SupplierValues(String name, String enterpriseNumber, String vatNumber, String iban, String street,
			String houseNumber, String postalCode, String city, String contactName, String contactEmail,
			String contactPhone) {
	}

	public void update(SupplierValues values) {
		apply(values);
	}

	private void apply(SupplierValues values) {
		var kbo = EnterpriseNumber.parse(values.enterpriseNumber())
			.orElseThrow(() -> new RuleViolation("enterpriseNumber", "purchasing.supplier.enterpriseNumber.invalid"));
		var vat = vat(values.vatNumber(), kbo);
		var checkedIban = Iban.parse(values.iban())
			.orElseThrow(() -> new RuleViolation("iban", "purchasing.supplier.iban.invalid"));
		this.name = values.name().strip();
		this.enterpriseNumber = kbo.digits();
		this.vatNumber = vat;
		this.iban = checkedIban;
		this.street = values.street().strip();
		this.houseNumber = values.houseNumber().strip();
		this.postalCode = values.postalCode().strip();
		this.city = values.city().strip();
		this.contactName = values.contactName();
		this.contactEmail = values.contactEmail();
		this.contactPhone = values.contactPhone();
	}

	/** A Belgian VAT number is BE followed by the enterprise number itself; empty when not liable for VAT. */
	private static String vat(String text, EnterpriseNumber kbo) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var cleaned = text.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
		if (cleaned.startsWith("BE")) {
			var number = EnterpriseNumber.parse(cleaned);
			RuleViolation.require(number.isPresent(), "vatNumber", "purchasing.supplier.vatNumber.invalid");
			RuleViolation.require(number.get().equals(kbo), "vatNumber", "purchasing.supplier.vatNumber.otherEnterprise");
			return "BE" + kbo.digits();
		}
		RuleViolation.require(cleaned.matches("[A-Z]{2}[0-9A-Z]{2,12}"), "vatNumber",
				"purchasing.supplier.vatNumber.invalid");
		return cleaned;
	}

	public String address() {
		return street + " " + houseNumber + ", " + postalCode + " " + city;
	}

	public String formattedEnterpriseNumber() {
		return new EnterpriseNumber(enterpriseNumber).formatted();
	}

	public String formattedIban() {
		return Iban.formatted(iban);
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getEnterpriseNumber() {
		return enterpriseNumber;
	}

	public String getVatNumber() {
		return vatNumber;
	}

	public String getIban() {
		return iban;
	}

	public String getStreet() {
		return street;
	}

	public String getHouseNumber() {
		return houseNumber;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public String getCity() {
		return city;
	}

	public String getContactName() {
		return contactName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public long getVersion() {
		return version;
	}

}

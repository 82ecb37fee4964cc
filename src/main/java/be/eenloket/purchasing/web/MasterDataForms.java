package be.eenloket.purchasing.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import be.eenloket.purchasing.internal.Supplier;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The master data forms. */
final class MasterDataForms {

	private MasterDataForms() {
	}

	public static class SupplierForm {

		@NotBlank(message = "{purchasing.supplier.name.required}")
		@Size(max = 200, message = "{purchasing.supplier.name.size}")
		private String name;

		@NotBlank(message = "{purchasing.supplier.enterpriseNumber.required}")
		private String enterpriseNumber;

		private String vatNumber;

		@NotBlank(message = "{purchasing.supplier.iban.required}")
		private String iban;

		@NotBlank(message = "{purchasing.supplier.street.required}")
		@Size(max = 150, message = "{purchasing.supplier.street.size}")
		private String street;

		@NotBlank(message = "{purchasing.supplier.houseNumber.required}")
		@Size(max = 20, message = "{purchasing.supplier.houseNumber.size}")
		private String houseNumber;

		@NotBlank(message = "{purchasing.supplier.postalCode.required}")
		@Size(max = 10, message = "{purchasing.supplier.postalCode.size}")
		private String postalCode;

		@NotBlank(message = "{purchasing.supplier.city.required}")
		@Size(max = 100, message = "{purchasing.supplier.city.size}")
		private String city;

		@Size(max = 150, message = "{purchasing.supplier.contact.size}")
		private String contactName;

		@Size(max = 200, message = "{purchasing.supplier.contact.size}")
		@jakarta.validation.constraints.Email(message = "{purchasing.supplier.email.invalid}")
		private String contactEmail;

		@Size(max = 40, message = "{purchasing.supplier.contact.size}")
		private String contactPhone;

		private Long version;

		static SupplierForm of(Supplier supplier) {
			var form = new SupplierForm();
			form.name = supplier.getName();
			form.enterpriseNumber = supplier.formattedEnterpriseNumber();
			form.vatNumber = supplier.getVatNumber();
			form.iban = supplier.formattedIban();
			form.street = supplier.getStreet();
			form.houseNumber = supplier.getHouseNumber();
			form.postalCode = supplier.getPostalCode();
			form.city = supplier.getCity();
			form.contactName = supplier.getContactName();
			form.contactEmail = supplier.getContactEmail();
			form.contactPhone = supplier.getContactPhone();
			form.version = supplier.getVersion();
			return form;
		}

		Supplier.SupplierValues values() {
			return new Supplier.SupplierValues(name, enterpriseNumber, vatNumber, iban, street, houseNumber, postalCode,
					city, contactName, contactEmail, contactPhone);
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getEnterpriseNumber() {
			return enterpriseNumber;
		}

		public void setEnterpriseNumber(String enterpriseNumber) {
			this.enterpriseNumber = enterpriseNumber;
		}

		public String getVatNumber() {
			return vatNumber;
		}

		public void setVatNumber(String vatNumber) {
			this.vatNumber = vatNumber;
		}

		public String getIban() {
			return iban;
		}

		public void setIban(String iban) {
			this.iban = iban;
		}

		public String getStreet() {
			return street;
		}

		public void setStreet(String street) {
			this.street = street;
		}

		public String getHouseNumber() {
			return houseNumber;
		}

		public void setHouseNumber(String houseNumber) {
			this.houseNumber = houseNumber;
		}

		public String getPostalCode() {
			return postalCode;
		}

		public void setPostalCode(String postalCode) {
			this.postalCode = postalCode;
		}

		public String getCity() {
			return city;
		}

		public void setCity(String city) {
			this.city = city;
		}

		public String getContactName() {
			return contactName;
		}

		public void setContactName(String contactName) {
			this.contactName = contactName;
		}

		public String getContactEmail() {
			return contactEmail;
		}

		public void setContactEmail(String contactEmail) {
			this.contactEmail = contactEmail;
		}

		public String getContactPhone() {
			return contactPhone;
		}

		public void setContactPhone(String contactPhone) {
			this.contactPhone = contactPhone;
		}

		public Long getVersion() {
			return version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

	/** A dated line: a threshold, a delegation or a visum exemption. */
	public static class DatedForm {

		private String kind;

		private String legalEntity;

		private BigDecimal amount;

		@NotNull(message = "{purchasing.date.required}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate validFrom;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate validTo;

		@Size(max = 300, message = "{purchasing.threshold.source.size}")
		private String reference;

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getLegalEntity() {
			return legalEntity;
		}

		public void setLegalEntity(String legalEntity) {
			this.legalEntity = legalEntity;
		}

		public BigDecimal getAmount() {
			return amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

		public LocalDate getValidFrom() {
			return validFrom;
		}

		public void setValidFrom(LocalDate validFrom) {
			this.validFrom = validFrom;
		}

		public LocalDate getValidTo() {
			return validTo;
		}

		public void setValidTo(LocalDate validTo) {
			this.validTo = validTo;
		}

		public String getReference() {
			return reference;
		}

		public void setReference(String reference) {
			this.reference = reference;
		}

	}

}

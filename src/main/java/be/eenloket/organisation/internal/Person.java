package be.eenloket.organisation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A staff member as the secretariat keeps them; the rules that need other people are checked by StaffManagement. */
@Entity
@Table(name = "org_person")
class Person extends Versioned {

	private String firstName;

	private String lastName;

	private String workEmail;

	private String internalPhone;

	private String employer;

	private String accountUsername;

	protected Person() {
	}

	Person(Values values) {
		update(values);
	}

	/** What the staff form gives, checked. */
	record Values(String firstName, String lastName, String workEmail, String internalPhone, String employer,
			String accountUsername) {
	}

	void update(Values values) {
		this.firstName = values.firstName().trim();
		this.lastName = values.lastName().trim();
		this.workEmail = values.workEmail();
		this.internalPhone = values.internalPhone();
		this.employer = values.employer();
		this.accountUsername = values.accountUsername();
	}

	String fullName() {
		return firstName + " " + lastName;
	}

}

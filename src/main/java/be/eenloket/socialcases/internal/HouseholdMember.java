package be.eenloket.socialcases.internal;

import java.time.LocalDate;

import be.eenloket.shared.NationalRegisterNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member of the household a case file is about; the national register number is kept encrypted. */
@Entity
@Table(name = "sc_household_member")
public class HouseholdMember {

	/** How a member relates to the applicant. */
	public enum Relation {

		APPLICANT, PARTNER, CHILD, PARENT, OTHER;

		public String messageKey() {
			return "caseFile.relation." + name();
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	@Enumerated(EnumType.STRING)
	private Relation relation;

	private String firstName;

	private String lastName;

	private LocalDate birthDate;

	@Convert(converter = EncryptedText.class)
	@Column(name = "nrn_cipher")
	private String nationalRegisterNumber;

	private byte[] personKey;

	private Integer birthYear;

	protected HouseholdMember() {
	}

	HouseholdMember(int position, Relation relation, String firstName, String lastName, LocalDate birthDate,
			String nationalRegisterNumber, byte[] personKey) {
		this.position = position;
		this.relation = relation;
		this.firstName = firstName;
		this.lastName = lastName;
		this.birthDate = birthDate;
		this.nationalRegisterNumber = nationalRegisterNumber;
		this.personKey = personKey;
	}

	/**
	 * Anonymisation: name, national register number and look-up key go (a returning person gets a new file); of the
	 * birth date only the year stays.
	 */
	void erase() {
		if (birthDate != null) {
			birthYear = birthDate.getYear();
		}
		firstName = null;
		lastName = null;
		birthDate = null;
		nationalRegisterNumber = null;
		personKey = null;
	}

	public Integer getBirthYear() {
		return birthYear;
	}

	public Long getId() {
		return id;
	}

	public Relation getRelation() {
		return relation;
	}

	public String getFirstName() {
		return firstName;
	}

	public String getLastName() {
		return lastName;
	}

	/** The name; {@code null} once anonymised. */
	public String fullName() {
		return firstName == null ? null : firstName + " " + lastName;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	/** The eleven digits, decrypted; {@code null} when unknown. */
	public String getNationalRegisterNumber() {
		return nationalRegisterNumber;
	}

	/** The number as people write it ({@code 85.07.30-033.61}); {@code null} when unknown. */
	public String formattedNationalRegisterNumber() {
		return nationalRegisterNumber == null ? null
				: NationalRegisterNumber.parse(nationalRegisterNumber).map(NationalRegisterNumber::formatted)
					.orElse(nationalRegisterNumber);
	}

	byte[] personKeyBytes() {
		return personKey;
	}

	int getPosition() {
		return position;
	}

}
